package dev.retort.dialect;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** The reserved words of each dialect, which {@link Identifiers} quotes. */
final class ReservedWords {
    private static final String COMMON = "all and any as asc between both by case cast check collate column constraint"
            + " create cross current_date current_time current_timestamp current_user default delete desc distinct"
            + " drop else end except exists false fetch for foreign from full grant group having in inner insert"
            + " intersect into is join leading left like limit natural not null offset on or order outer primary"
            + " references right select session_user some table then to trailing true union unique update user"
            + " using values when where with";

    static final Set<String> POSTGRESQL = words("analyse analyze array asymmetric authorization binary concurrently"
            + " current_catalog current_role current_schema deferrable do freeze ilike initially isnull lateral"
            + " localtime localtimestamp notnull only overlaps placing returning similar symmetric tablesample"
            + " variadic verbose window");

    static final Set<String> MYSQL = words("accessible add alter before bigint binary blob call cascade change char"
            + " character condition continue convert database databases dec decimal declare delayed describe div"
            + " double dual each elseif enclosed escaped exit explain float force fulltext generated get groups if"
            + " ignore index infile int integer interval key keys kill lead leave lines load lock long loop match"
            + " mod modifies numeric optimize option out over partition precision procedure purge range rank read"
            + " real regexp release rename repeat replace require restrict return revoke rlike row rows schema"
            + " schemas separator set show signal smallint spatial sql ssl starting system terminated tinyint"
            + " trigger undo unlock unsigned usage use varchar varying while write xor year_month zerofill");

    static final Set<String> SQLSERVER = words("add alter authorization backup begin break browse bulk cascade"
            + " checkpoint close clustered coalesce commit compute contains containstable continue convert current"
            + " cursor database dbcc deallocate declare deny disk distributed double dump errlvl escape exec execute"
            + " exit external file fillfactor freetext function goto holdlock identity identity_insert identitycol"
            + " if index key kill lineno load merge national nocheck nonclustered nullif of off offsets open"
            + " opendatasource openquery openrowset openxml option over percent pivot plan precision print proc"
            + " procedure public raiserror read readtext reconfigure replication restore restrict return revert"
            + " revoke rollback rowcount rowguidcol rule save schema securityaudit set setuser shutdown statistics"
            + " system_user tablesample textsize top tran transaction trigger truncate try_convert tsequal unpivot"
            + " updatetext use view waitfor while writetext");

    static final Set<String> SQLITE = words("abort action add after alter analyze attach autoincrement before begin"
            + " cascade commit conflict database deferrable deferred detach each escape exclusive explain fail glob if"
            + " ignore immediate index indexed initially instead isnull key match no notnull of plan pragma query"
            + " raise recursive regexp reindex release rename replace restrict rollback row savepoint temp temporary"
            + " transaction trigger vacuum view virtual");

    static final Set<String> H2 = words("_rowid_ array authorization cube current_catalog current_path current_role"
            + " current_schema day grouping hour if ilike interval key localtime localtimestamp minus minute month"
            + " qualify regexp row rownum second set sysdate systime systimestamp top today value window year");

    private ReservedWords() {
    }

    private static Set<String> words(String extra) {
        Set<String> set = new HashSet<>(Arrays.asList(COMMON.split(" ")));
        set.addAll(Arrays.asList(extra.split(" ")));
        return Set.copyOf(set);
    }
}
