package dev.gazette.feed.xml;

import dev.gazette.feed.FeedFormatException;
import dev.gazette.feed.FileText;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * A body element of a big feed left in the file (the reader's load of a big UTF-8 file): where
 * its start tag is, the namespaces in force there and how its content is read. {@link #read}
 * parses that one element again, from the file, the way the load would have read it; the
 * text is then what keeping the body would have given. A CharSequence, so an item's draft
 * holds it where it holds a body read at once; its characters are read from the file when
 * asked for, so the loader asks only when it needs them (an id derived from the body).
 */
final class XmlBodyInFile implements CharSequence {
    private final FileText file;
    private final long offset;
    private final String localName;
    private final NsScope scope;
    private final boolean tags;
    private final boolean escape;

    /**
     * @param offset    where the element's start tag begins in the file's text
     * @param localName the element's name, checked when it is read again
     * @param tags      and escape: as {@link XmlCursor#body} was to read it
     */
    XmlBodyInFile(FileText file, long offset, String localName, NsScope scope, boolean tags, boolean escape) {
        this.file = file;
        this.offset = offset;
        this.localName = localName;
        this.scope = scope;
        this.tags = tags;
        this.escape = escape;
    }

    /**
     * The body, read again from the file; null when it is empty or blank, as a body read at
     * once would be.
     *
     * @throws FileText.Unavailable when the file no longer holds the element
     */
    String read() {
        String wrapper = scope.wrapperStartTag();
        XMLStreamReader2 parser = null;
        // Repaired as the feed's second reading would, should the load have needed one.
        XmlRepairs repairs = new XmlRepairs(file.readerAt(offset));
        try (Reader element = repairs) {
            PushbackReader text = new PushbackReader(element, wrapper.length());
            text.unread(wrapper.toCharArray());
            parser = XmlParsers.open(text);
            XmlCursor xml = new XmlCursor(parser, XmlInput.Opened.plain(text, repairs), null,
                    (line, column, message) -> { });   // warned about when the feed was loaded
            xml.toRoot();
            if (!xml.nextChild() || !xml.name().equals(localName)) throw file.changed(null);
            CharSequence body = xml.body(XmlCursor.BODY_LIMIT, tags, escape);
            return body == null ? null : body.toString();
        } catch (XMLStreamException | FeedFormatException | IOException e) {
            throw file.changed(e);
        } finally {
            XmlFeedReader.close(parser);
        }
    }

    @Override
    public String toString() {
        String s = read();
        return s == null ? "" : s;
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }
}
