package dev.retort.autogenerate;

/**
 * A revision body as text, for {@code NewRevision.withBody}. Immutable.
 *
 * @param imports    extra import lines (Java), or empty
 * @param upgrades   the upgrade body, lines after the first indented for the template
 * @param downgrades the downgrade body
 */
public record RenderedBody(String imports, String upgrades, String downgrades) {
}
