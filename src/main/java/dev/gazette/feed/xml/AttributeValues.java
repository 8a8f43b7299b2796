package dev.gazette.feed.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Attribute values as Gazette keeps them: on a repaired reading ({@link XmlRepairs}) their
 * bare ampersands back, and the HTML entities in them recovered, a warning for each
 * ({@link AttributeEntities}).
 *
 * <p>The warnings about an element's own xml:base wait until its reader has seen the element
 * ({@link #warnAboutEntered}): an Atom entry's reader starts the item only after the cursor
 * entered it, and the warning belongs to that item, not to the feed.
 */
final class AttributeValues {
    private final boolean repaired;
    private final XmlCursor.Warnings warnings;
    /** Where the parser stands, as an {@link XmlPosition}: asked only when a value holds an entity. */
    private final LongSupplier position;
    private final List<Runnable> aboutEntered = new ArrayList<>(0);
    private final XmlCursor.Warnings onceSeen = this::warnOnceSeen;

    AttributeValues(boolean repaired, XmlCursor.Warnings warnings, LongSupplier position) {
        this.repaired = repaired;
        this.warnings = warnings;
        this.position = position;
    }

    /** The value as kept, its warnings given now; null stays null. */
    String recovered(String value) {
        return recovered(value, warnings);
    }

    /** The xml:base of the element just entered, its warnings kept for {@link #warnAboutEntered}. */
    String recoveredOnEntering(String value) {
        return recovered(value, onceSeen);
    }

    /** Gives the warnings kept about the element entered last. */
    void warnAboutEntered() {
        if (aboutEntered.isEmpty()) return;
        for (Runnable warning : aboutEntered) warning.run();
        aboutEntered.clear();
    }

    private String recovered(String value, XmlCursor.Warnings to) {
        if (value == null) return null;
        String v = repaired ? value.replace(XmlRepairs.AMPERSAND, '&') : value;
        return v.indexOf(AttributeEntities.MARKER) < 0 ? v : AttributeEntities.recover(v, to, position.getAsLong());
    }

    private void warnOnceSeen(int line, int column, String message) {
        aboutEntered.add(() -> warnings.warn(line, column, message));
    }
}
