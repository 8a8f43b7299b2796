package dev.gazette.text;

/**
 * One entry of an article's "Links" list: the number shown as "[n]" in the text, the
 * absolute URL, and a label (the link text, "image: alt", or an attachment's description).
 */
public record Link(int number, String url, String label) {
    public Link {
        url = Sanitizer.clean(url);
        label = Sanitizer.clean(label);
    }
}
