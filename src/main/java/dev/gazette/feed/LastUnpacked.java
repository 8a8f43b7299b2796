package dev.gazette.feed;

/**
 * The block a store unpacked last, kept so that reading the bodies of neighbouring
 * articles (the headline list's opening words of untitled posts, the filter, n and p)
 * unpacks each block once instead of once per article. One slot per store: it holds one
 * block's bytes at most, and is replaced, never grown.
 */
final class LastUnpacked {
    private ContentBlock block;
    private byte[] data;

    synchronized byte[] get(ContentBlock b) {
        return block == b ? data : null;
    }

    synchronized void put(ContentBlock b, byte[] bytes) {
        block = b;
        data = bytes;
    }
}
