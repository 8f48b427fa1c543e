package dev.retort.runtime.load;

import dev.retort.config.DatabaseKind;

/**
 * The lexical rules of one database's SQL that decide where a statement ends: which quotes,
 * comments and dollar quotes it has. {@code BEGIN ... END} bodies are recognised on every
 * database. Immutable.
 *
 * @param dollarQuotes         {@code $$...$$} and {@code $tag$...$tag$} strings (PostgreSQL, H2)
 * @param nestedComments       block comments nest (PostgreSQL, SQL Server)
 * @param backslashEscapes     a backslash escapes the next character in quoted strings (MySQL)
 * @param escapeStrings        {@code E'...'} strings with backslash escapes (PostgreSQL)
 * @param hashComments         {@code #} starts a line comment (MySQL)
 * @param dashCommentNeedsSpace {@code --} starts a comment only when followed by a space (MySQL)
 * @param backtickIdentifiers  {@code `identifiers`} (MySQL, SQLite, H2)
 * @param bracketIdentifiers   {@code [identifiers]} (SQLite, SQL Server)
 * @param executableComments   {@code /*! ... *}{@code /} and hint comments are SQL, not comments (MySQL)
 */
public record SqlSyntax(
        boolean dollarQuotes,
        boolean nestedComments,
        boolean backslashEscapes,
        boolean escapeStrings,
        boolean hashComments,
        boolean dashCommentNeedsSpace,
        boolean backtickIdentifiers,
        boolean bracketIdentifiers,
        boolean executableComments) {

    public static final SqlSyntax POSTGRESQL =
            new SqlSyntax(true, true, false, true, false, false, false, false, false);
    public static final SqlSyntax MYSQL =
            new SqlSyntax(false, false, true, false, true, true, true, false, true);
    public static final SqlSyntax SQLITE =
            new SqlSyntax(false, false, false, false, false, false, true, true, false);
    public static final SqlSyntax H2 =
            new SqlSyntax(true, false, false, false, false, false, true, false, false);
    public static final SqlSyntax SQLSERVER =
            new SqlSyntax(false, true, false, false, false, false, false, true, false);

    /** The rules of a database kind; MySQL and MariaDB share them. */
    public static SqlSyntax of(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL, MARIADB -> MYSQL;
            case SQLITE -> SQLITE;
            case H2 -> H2;
            case SQLSERVER -> SQLSERVER;
        };
    }
}
