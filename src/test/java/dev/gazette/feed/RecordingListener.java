package dev.gazette.feed;

import java.util.ArrayList;
import java.util.List;

/** Writes down what a load tells its listener, in order: the title and each article's id, and the last progress. */
public final class RecordingListener implements LoadListener {
    public final List<String> events = new ArrayList<>();
    public long lastBytes;
    public long total;
    public int lastItems;

    @Override
    public void progress(long bytesRead, long totalBytes, int itemsSoFar) {
        lastBytes = bytesRead;
        total = totalBytes;
        lastItems = itemsSoFar;
    }

    @Override
    public void itemsStarting(String feedTitle) {
        events.add("title:" + feedTitle);
    }

    @Override
    public void article(Article a) {
        events.add(a.id());
    }
}
