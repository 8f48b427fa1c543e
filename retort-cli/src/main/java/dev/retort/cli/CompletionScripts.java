package dev.retort.cli;

import dev.retort.script.ProjectTemplate;
import dev.retort.script.TemplateCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Not a user command: writes the shell completion scripts of the distribution
 * ({@code completion/retort.bash} and {@code completion/_retort} for zsh) from the same command
 * specs the parser and the help use, so they list every command and option and cannot drift.
 * retort-dist runs it at build time: {@code CompletionScripts OUTPUT_DIR}.
 */
public final class CompletionScripts {
    static final String BASH_FILE = "retort.bash";
    static final String ZSH_FILE = "_retort";
    private static final String GENERATED = "generated from the retort CLI's command specs by "
            + "dev.retort.cli.CompletionScripts at build time; do not edit";

    private final Collection<CliCommand> commands;
    private final List<CliOption> globalOptions;
    private final List<String> templates;

    CompletionScripts(Collection<CliCommand> commands, List<CliOption> globalOptions, List<String> templates) {
        this.commands = List.copyOf(commands);
        this.globalOptions = List.copyOf(globalOptions);
        this.templates = List.copyOf(templates);
    }

    /** The scripts of this CLI: its commands, its global options, the built-in init templates. */
    static CompletionScripts ofThisCli() {
        return new CompletionScripts(RetortCli.COMMANDS.values(), RetortCli.GLOBAL_OPTIONS,
                TemplateCatalog.builtIn().templates().stream().map(ProjectTemplate::name).toList());
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: CompletionScripts OUTPUT_DIR");
            System.exit(2);
        }
        try {
            ofThisCli().writeTo(Path.of(args[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(BASH_FILE), bash(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(ZSH_FILE), zsh(), StandardCharsets.UTF_8);
    }

    /** The bash script: defines {@code _retort} and registers it with {@code complete}. */
    String bash() {
        StringBuilder s = new StringBuilder();
        s.append("# bash completion for retort (").append(GENERATED).append(")\n");
        s.append("# Load it with: source /path/to/retort/completion/retort.bash\n");
        s.append("_retort_values() {\n");
        s.append("    # the completions of an option's value, by the value's label\n");
        s.append("    case \"$1\" in\n");
        s.append("        FILE) COMPREPLY=($(compgen -f -- \"$2\")) ;;\n");
        s.append("        DIR) COMPREPLY=($(compgen -d -- \"$2\")) ;;\n");
        s.append("        FORMAT) COMPREPLY=($(compgen -W 'text json java sql' -- \"$2\")) ;;\n");
        s.append("        TEMPLATE) COMPREPLY=($(compgen -W '").append(String.join(" ", templates))
                .append("' -- \"$2\")) ;;\n");
        s.append("        *) COMPREPLY=() ;;\n");
        s.append("    esac\n");
        s.append("}\n\n");
        s.append("_retort() {\n");
        s.append("    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" cmd=\"\" word label i=1\n");
        s.append("    [ \"$COMP_CWORD\" -gt 0 ] && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n");
        s.append("    local commands='").append(commandNames()).append("'\n");
        s.append("    local options='").append(names(globalOptions)).append("'\n");
        s.append("    # the command: the first word that is neither an option nor an option's value\n");
        s.append("    while [ \"$i\" -lt \"$COMP_CWORD\" ]; do\n");
        s.append("        word=\"${COMP_WORDS[i]}\"\n");
        s.append("        case \"$word\" in\n");
        String globalValued = valuedNames(globalOptions);
        if (!globalValued.isEmpty()) {
            s.append("            ").append(globalValued.replace(' ', '|')).append(") i=$((i + 2)); continue ;;\n");
        }
        s.append("            -*) ;;\n");
        s.append("            *) cmd=\"$word\"; break ;;\n");
        s.append("        esac\n");
        s.append("        i=$((i + 1))\n");
        s.append("    done\n");
        s.append("    case \"$cmd\" in\n");
        for (CliCommand command : commands) {
            CommandSpec spec = command.spec();
            if (!spec.options().isEmpty()) {
                s.append("        ").append(spec.name()).append(") options=\"$options ")
                        .append(names(spec.options())).append("\" ;;\n");
            }
        }
        s.append("    esac\n");
        s.append("    # the value of an option\n");
        s.append("    case \"$prev\" in\n");
        for (CliOption option : allValuedOptions()) {
            s.append("        ").append(String.join("|", option.names())).append(") _retort_values ")
                    .append(option.valueLabel()).append(" \"$cur\"; return 0 ;;\n");
        }
        s.append("    esac\n");
        s.append("    if [[ \"$cur\" == -* ]]; then\n");
        s.append("        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n");
        s.append("    elif [ -z \"$cmd\" ] || [ \"$cmd\" = help ]; then\n");
        s.append("        COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))\n");
        s.append("    else\n");
        s.append("        case \"$cmd\" in\n");
        for (CliCommand command : commands) {
            CommandSpec spec = command.spec();
            String words = positionalWords(spec);
            if (!words.isEmpty()) {
                s.append("            ").append(spec.name()).append(") COMPREPLY=($(compgen -W '").append(words)
                        .append("' -- \"$cur\")) ;;\n");
            } else if ("DIR".equals(spec.argsLabel())) {
                s.append("            ").append(spec.name()).append(") COMPREPLY=($(compgen -d -- \"$cur\")) ;;\n");
            }
        }
        s.append("            *) COMPREPLY=() ;;\n");
        s.append("        esac\n");
        s.append("    fi\n");
        s.append("    return 0\n");
        s.append("}\n\n");
        s.append("complete -o default -F _retort retort\n");
        return s.toString();
    }

    /** The zsh script: a {@code #compdef} function for a directory on {@code $fpath}. */
    String zsh() {
        StringBuilder s = new StringBuilder();
        s.append("#compdef retort\n");
        s.append("# zsh completion for retort (").append(GENERATED).append(")\n");
        s.append("# Put this file in a directory on $fpath (before compinit runs).\n\n");
        s.append("_retort() {\n");
        s.append("  local curcontext=\"$curcontext\" state line ret=1\n");
        s.append("  typeset -A opt_args\n");
        s.append("  local -a global_options\n");
        s.append("  global_options=(\n");
        for (CliOption option : globalOptions) {
            appendZshOption(s, option);
        }
        s.append("  )\n");
        s.append("  _arguments -C -s $global_options ': :->command' '*:: :->argument' && ret=0\n");
        s.append("  case $state in\n");
        s.append("    command)\n");
        s.append("      local -a commands\n");
        s.append("      commands=(\n");
        for (CliCommand command : commands) {
            CommandSpec spec = command.spec();
            s.append("        ").append(quote(spec.name() + ":" + firstSentence(spec.description()).replace(":", "\\:")))
                    .append('\n');
        }
        s.append("      )\n");
        s.append("      _describe -t commands 'retort command' commands && ret=0\n");
        s.append("      ;;\n");
        s.append("    argument)\n");
        s.append("      curcontext=\"${curcontext%:*:*}:retort-$line[1]:\"\n");
        s.append("      case $line[1] in\n");
        for (CliCommand command : commands) {
            CommandSpec spec = command.spec();
            s.append("        ").append(spec.name()).append(")\n");
            s.append("          _arguments -s $global_options \\\n");
            for (CliOption option : spec.options()) {
                s.append("  ");
                appendZshOption(s, option);
                s.setLength(s.length() - 1);
                s.append(" \\\n");
            }
            s.append("            ").append(zshPositional(spec)).append(" && ret=0\n");
            s.append("          ;;\n");
        }
        s.append("      esac\n");
        s.append("      ;;\n");
        s.append("  esac\n");
        s.append("  return ret\n");
        s.append("}\n\n");
        s.append("_retort \"$@\"\n");
        return s.toString();
    }

    private void appendZshOption(StringBuilder s, CliOption option) {
        for (String name : option.names()) {
            String spec = "*" + name + "[" + zshEscape(firstSentence(option.description())) + "]";
            if (option.takesValue()) {
                spec += ":" + zshEscape(option.valueLabel()) + ":" + zshValueAction(option.valueLabel());
            }
            s.append("    ").append(quote(spec)).append('\n');
        }
    }

    private String zshPositional(CommandSpec spec) {
        if (spec.maxArgs() == 0) {
            return "''";
        }
        String action;
        if (spec.name().equals("help")) {
            action = "(" + commandNames() + ")";
        } else if ("DIR".equals(spec.argsLabel())) {
            action = "_files -/";
        } else if (!positionalWords(spec).isEmpty()) {
            action = "(" + positionalWords(spec) + ")";
        } else {
            action = " ";
        }
        String label = zshEscape(spec.argsLabel());
        return quote((spec.maxArgs() > 1 ? "*" : "1") + ":" + label + ":" + action);
    }

    private String zshValueAction(String label) {
        return switch (label) {
            case "FILE" -> "_files";
            case "DIR" -> "_files -/";
            case "FORMAT" -> "(text json java sql)";
            case "TEMPLATE" -> "(" + String.join(" ", templates) + ")";
            default -> " ";
        };
    }

    /** Symbolic targets a positional parameter takes (the graph's own ids are not known here). */
    private static String positionalWords(CommandSpec spec) {
        return switch (spec.name()) {
            case "upgrade" -> "head heads";
            case "downgrade" -> "base -1";
            case "stamp" -> "head heads base";
            case "show", "edit" -> "head base";
            case "merge" -> "heads";
            default -> "";
        };
    }

    private String commandNames() {
        return commands.stream().map(c -> c.spec().name()).collect(Collectors.joining(" "));
    }

    private List<CliOption> allValuedOptions() {
        List<CliOption> valued = new ArrayList<>();
        for (CliOption option : globalOptions) {
            if (option.takesValue()) {
                valued.add(option);
            }
        }
        for (CliCommand command : commands) {
            for (CliOption option : command.spec().options()) {
                if (option.takesValue() && valued.stream().noneMatch(v -> v.names().equals(option.names())
                        && v.valueLabel().equals(option.valueLabel()))) {
                    valued.add(option);
                }
            }
        }
        return valued;
    }

    private static String names(List<CliOption> options) {
        return options.stream().flatMap(o -> o.names().stream()).collect(Collectors.joining(" "));
    }

    private static String valuedNames(List<CliOption> options) {
        return options.stream().filter(CliOption::takesValue).flatMap(o -> o.names().stream())
                .collect(Collectors.joining(" "));
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String sentence = end < 0 ? text : text.substring(0, end + 1);
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** Escapes what _arguments and _describe read specially in a description or label. */
    private static String zshEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '[' || c == ']' || c == ':' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A single-quoted shell word. */
    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
