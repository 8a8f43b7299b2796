package dev.gazette.comments;

/**
 * Where a {@link Discussion} gets the texts it does not keep: the journal file (see
 * {@link JournalTexts}) or, for a discussion built from records in memory, those records.
 */
interface TextSource {

    /**
     * The cleaned texts of the records at these places, one per entry; an entry the source cannot
     * give (the file changed or went away) gets a short placeholder, never an exception.
     *
     * @param ids the id each record must have, so that a replaced file is not misread
     */
    String[] texts(long[] offsets, int[] lengths, String[] ids);
}
