package dev.panel.calibration.ui;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One click on an export button: the page shows its progress, and when the file is written the browser saves it
 * without a second click. Chromium is told to save downloads in a fresh directory, where the test reads the file
 * back with POI.
 */
@MicronautTest(transactional = false)
class OneClickDownloadBrowserIT implements DatabaseTest {

    @Inject
    LoopFixture fixture;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    Path downloads;

    @BeforeAll
    void signIn() throws IOException {
        downloads = Files.createTempDirectory("panel-downloads-");
        ((HasCdp) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.signIn(fixture.people(Role.RECRUITER).get(0));
    }

    @Test
    void one_click_on_the_scorecards_workbook_saves_a_readable_xlsx_holding_the_submitted_evidence() throws IOException {
        List<User> panel = fixture.people(Role.INTERVIEWER);
        long interviewId = fixture.openWithFirstStage(panel).interviews().get(0).interview().id();
        String evidence = Names.unique("Walked through the failover drill");
        fixture.submitted(panel.get(0), interviewId, evidence);

        browser.open("/calibration");
        browser.click(By.id("download-scorecards"));

        Path saved = downloads.resolve("scorecards.xlsx");
        // Chromium writes a partial download under a .crdownload name and renames it when complete.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(() -> "the download directory holds " + listing())
                .until(d -> Files.isRegularFile(saved) && listing().stream().noneMatch(name -> name.endsWith(".crdownload")));
        assertThat(browser.driver().findElement(By.xpath("//vaadin-button[@id='download-scorecards']/following-sibling::span"))
                .getText()).startsWith("Ready; your browser is downloading it.");
        browser.screenshot("one-click-download");
        try (InputStream in = Files.newInputStream(saved); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(texts(workbook)).as("the submitted evidence is in the saved workbook").contains(evidence);
        }
    }

    private static List<String> texts(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        workbook.forEach(sheet -> {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        });
        return texts;
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }
}
