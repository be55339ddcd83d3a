package com.continuity.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.function.Consumer;

/** File uploads as the import pages take them: read whole in memory, then handed to the page's own thread. */
public final class Uploads {

    /**
     * The browser refuses larger files before sending them; the services enforce the configured limit
     * ({@code continuity.max-document-bytes}, 10 MB by default) whatever the browser does.
     */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private Uploads() {
    }

    /** An upload that gives each file's bytes to {@code onFile} on the UI thread; a refused file shows why. */
    public static Upload inMemory(String id, Consumer<byte[]> onFile, String... acceptedTypes) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> onFile.accept(bytes))));
        upload.setId(id);
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(e -> Forms.error(e.getErrorMessage()));
        return upload;
    }
}
