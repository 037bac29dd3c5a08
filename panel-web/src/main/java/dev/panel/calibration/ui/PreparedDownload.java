package dev.panel.calibration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.panel.common.PanelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A workbook written in the background while the page shows how far it has got, then downloaded: one click on the
 * button, and the browser saves the file when it is ready (a link to it stays for another copy).
 * Large exports take a while; the person sees a moving figure, not a frozen button, and can keep reading the
 * page. The file lives in a temporary file that is removed when the page is left. In a cluster it stays on the
 * instance that serves the page (the balancer keeps a browser on one instance); if that instance dies, the page is
 * gone with it and the person prepares the file again on another: a copy is lost, never data.
 */
class PreparedDownload extends Div {

    /** Writes the workbook into the stream; throws a PanelException with a readable message when refused. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(PreparedDownload.class);
    private static final int POLL_MILLIS = 400;

    private final Button prepare;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final String fileName;
    private volatile Path file;

    PreparedDownload(String label, String fileName, ExecutorService executor, Writer writer) {
        this.fileName = fileName;
        addClassName("prepared-download");
        prepare = new Button(label, VaadinIcon.DOWNLOAD_ALT.create(), click -> start(executor, writer));
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Preparing " + fileName);
        progress.setVisible(false);
        progress.setWidth("12rem");
        status.addClassName("download-status");
        status.getStyle().set("margin-left", "var(--lumo-space-s)").set("color", "var(--lumo-secondary-text-color)");
        add(prepare, progress, status);
        addDetachListener(detach -> removeFile());
    }

    Button button() {
        return prepare;
    }

    private void start(ExecutorService executor, Writer writer) {
        UI ui = UI.getCurrent();
        prepare.setEnabled(false);
        progress.setVisible(true);
        status.setText("Writing…");
        removeFile();
        ui.setPollInterval(POLL_MILLIS);
        AtomicLong written = new AtomicLong();
        executor.execute(() -> {
            try {
                Path target = Files.createTempFile("panel-export-", ".xlsx");
                file = target;
                try (OutputStream out = new Counting(Files.newOutputStream(target), written, bytes -> ui.access(() -> showWritten(bytes)))) {
                    writer.write(out);
                }
                ui.access(() -> ready(target.toFile(), written.get()));
            } catch (PanelException refused) {
                ui.access(() -> failed(refused.getMessage()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Export {} failed", fileName, e);
                ui.access(() -> failed("The workbook could not be written; nothing was downloaded. Try again, or narrow the filters."));
            }
        });
    }

    private void showWritten(long bytes) {
        status.setText("Writing… " + megabytes(bytes) + " so far");
    }

    /**
     * The file is ready: the browser downloads it at once (a click on a link to it, from the page), and the link stays,
     * in case the browser held the download back or the person wants another copy.
     */
    private void ready(File done, long bytes) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        prepare.setEnabled(true);
        status.setText("Ready; your browser is downloading it. ");
        Anchor download = new Anchor(DownloadHandler.forFile(done, fileName), "Download " + fileName + " (" + megabytes(bytes) + ") again");
        download.getElement().setAttribute("download", true);
        download.addClassName("download-link");
        status.add(download);
        download.getElement().executeJs("this.click()");
    }

    private void failed(String message) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        prepare.setEnabled(true);
        status.setText(message);
        status.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void removeFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("Could not remove {}", file, e);
            }
            file = null;
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%d kB", Math.max(1, bytes / 1024))
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Counts what is written and reports it about twice a second. */
    private static final class Counting extends FilterOutputStream {
        private final AtomicLong written;
        private final java.util.function.LongConsumer report;
        private long lastReport = System.nanoTime();

        Counting(OutputStream out, AtomicLong written, java.util.function.LongConsumer report) {
            super(out);
            this.written = written;
            this.report = report;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            counted(len);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            counted(1);
        }

        private void counted(int bytes) {
            long total = written.addAndGet(bytes);
            long now = System.nanoTime();
            if (now - lastReport > 500_000_000L) {
                lastReport = now;
                report.accept(total);
            }
        }
    }
}
