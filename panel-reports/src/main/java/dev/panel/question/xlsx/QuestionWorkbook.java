package dev.panel.question.xlsx;

import dev.panel.common.InvalidInputException;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.question.Question;
import dev.panel.question.QuestionDraft;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.reports.xlsx.SafeXlsx;
import dev.panel.reports.xlsx.SheetCells;
import dev.panel.reports.xlsx.TypedText;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the whole question bank to one sheet, a page of questions at a time (streaming, so a large bank
 * is never all in memory), and reads such a sheet back into questions. Competencies and roles are written
 * by name, since ids differ between Panel installations.
 */
@Singleton
public class QuestionWorkbook {

    /** An upload of the question sheet: the API body limit, and room for a bank of thousands of questions. */
    public static final SafeXlsx.Limits UPLOAD_LIMITS = new SafeXlsx.Limits(2 * 1024 * 1024, 10_001, 200_000);
    private static final int PAGE = 500;

    private final QuestionService questions;
    private final CompetencyService competencies;
    private final RoleService roles;

    QuestionWorkbook(QuestionService questions, CompetencyService competencies, RoleService roles) {
        this.questions = questions;
        this.competencies = competencies;
        this.roles = roles;
    }

    public void export(OutputStream out) throws IOException {
        Map<Long, String> competencyNames = competencies.list().stream().collect(Collectors.toMap(c -> c.competency().id(), c -> c.competency().name()));
        Map<Long, String> roleNames = roles.list().stream().collect(Collectors.toMap(r -> r.role().id(), r -> r.role().name()));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet(QuestionColumns.SHEET);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setWrapText(true);
            TypedText text = new TypedText(wrapped, quoted);
            Row headings = sheet.createRow(0);
            for (QuestionColumns column : QuestionColumns.values()) {
                headings.createCell(column.ordinal()).setCellValue(column.header);
                headings.getCell(column.ordinal()).setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int rowNumber = 1;
            for (int offset = 0; ; offset += PAGE) {
                List<QuestionView> page = questions.page(QuestionFilter.all(), offset, PAGE);
                for (QuestionView view : page) {
                    write(sheet.createRow(rowNumber++), view, text, competencyNames, roleNames);
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            for (QuestionColumns column : QuestionColumns.values()) {
                sheet.setColumnWidth(column.ordinal(), column == QuestionColumns.TEXT || column == QuestionColumns.SAMPLE_ANSWER ? 60 * 256 : 24 * 256);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void write(Row row, QuestionView view, TypedText text, Map<Long, String> competencyNames, Map<Long, String> roleNames) {
        Question q = view.question();
        text.write(row.createCell(QuestionColumns.KEY.ordinal()), q.slug());
        text.write(row.createCell(QuestionColumns.TEXT.ordinal()), q.text());
        text.write(row.createCell(QuestionColumns.KIND.ordinal()), q.kind().label());
        text.write(row.createCell(QuestionColumns.LEVEL.ordinal()), q.level().label());
        text.write(row.createCell(QuestionColumns.COMPETENCIES.ordinal()), lines(view.competencyIds().stream().map(competencyNames::get).toList()));
        text.write(row.createCell(QuestionColumns.ROLES.ordinal()), lines(view.roleIds().stream().map(roleNames::get).toList()));
        text.write(row.createCell(QuestionColumns.SIGNAL.ordinal()), q.signal());
        text.write(row.createCell(QuestionColumns.PROBES.ordinal()), lines(q.probes()));
        text.write(row.createCell(QuestionColumns.STRONG_ANSWER.ordinal()), lines(q.strongAnswer()));
        text.write(row.createCell(QuestionColumns.RED_FLAGS.ordinal()), lines(q.redFlags()));
        row.createCell(QuestionColumns.MINUTES.ordinal()).setCellValue(q.minutes());
        text.write(row.createCell(QuestionColumns.SOURCE.ordinal()), q.source());
        text.write(row.createCell(QuestionColumns.GUIDANCE.ordinal()), lines(q.guidance()));
        text.write(row.createCell(QuestionColumns.SAMPLE_ANSWER.ordinal()), q.sampleAnswer());
    }

    private static String lines(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }

    /** The questions of an uploaded sheet, checked cell by cell; refuses the whole file at the first bad cell. */
    public List<QuestionDraft> read(byte[] xlsx) {
        try (XSSFWorkbook workbook = SafeXlsx.open(xlsx, UPLOAD_LIMITS)) {
            Sheet sheet = workbook.getSheet(QuestionColumns.SHEET);
            if (sheet == null) {
                throw new InvalidInputException("The spreadsheet has no sheet named \"" + QuestionColumns.SHEET + "\"; export the bank to see the layout.");
            }
            SheetCells cells = new SheetCells(sheet, QuestionColumns.headers());
            checkHeaders(sheet, cells);
            Map<String, Long> competencyIds = byName(competencies.list().stream().map(CompetencyView::competency)
                    .collect(Collectors.toMap(c -> c.name(), c -> c.id())));
            Map<String, Long> roleIds = byName(roles.list().stream().map(RoleView::role).collect(Collectors.toMap(r -> r.name(), r -> r.id())));
            List<QuestionDraft> drafts = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && cells.text(row, QuestionColumns.TEXT.ordinal()) != null) {
                    drafts.add(draft(row, cells, competencyIds, roleIds));
                } else if (row != null && !blank(row, cells)) {
                    throw cells.refusal(row, QuestionColumns.TEXT.ordinal(), "is empty, but the row holds other cells");
                }
            }
            return drafts;
        } catch (IOException e) {
            throw new InvalidInputException("The spreadsheet could not be read: it is damaged or not an xlsx file.");
        }
    }

    private static void checkHeaders(Sheet sheet, SheetCells cells) {
        Row first = sheet.getRow(0);
        for (QuestionColumns column : QuestionColumns.values()) {
            String found = first == null ? null : cells.text(first, column.ordinal());
            if (found == null || !found.equalsIgnoreCase(column.header)) {
                throw first == null ? new InvalidInputException("Sheet \"" + sheet.getSheetName() + "\" has no header row.")
                        : cells.refusal(first, column.ordinal(), "should be headed \"" + column.header + "\"");
            }
        }
    }

    private static QuestionDraft draft(Row row, SheetCells cells, Map<String, Long> competencyIds, Map<String, Long> roleIds) {
        return new QuestionDraft(cells.text(row, QuestionColumns.KEY.ordinal()), cells.required(row, QuestionColumns.TEXT.ordinal()),
                choice(row, cells, QuestionColumns.KIND, QuestionKind.values()), choice(row, cells, QuestionColumns.LEVEL, QuestionLevel.values()),
                ids(row, cells, QuestionColumns.COMPETENCIES, competencyIds, "competency"), ids(row, cells, QuestionColumns.ROLES, roleIds, "role"),
                cells.required(row, QuestionColumns.SIGNAL.ordinal()), cells.lines(row, QuestionColumns.PROBES.ordinal()),
                cells.lines(row, QuestionColumns.STRONG_ANSWER.ordinal()), cells.lines(row, QuestionColumns.RED_FLAGS.ordinal()),
                cells.wholeNumber(row, QuestionColumns.MINUTES.ordinal()), cells.text(row, QuestionColumns.SOURCE.ordinal()),
                cells.lines(row, QuestionColumns.GUIDANCE.ordinal()), cells.text(row, QuestionColumns.SAMPLE_ANSWER.ordinal()), null);
    }

    /** A kind or level by its label ("Deep technical") or its name ("DEEP_TECHNICAL"). */
    private static <E extends Enum<E>> E choice(Row row, SheetCells cells, QuestionColumns column, E[] choices) {
        String value = cells.required(row, column.ordinal());
        for (E choice : choices) {
            String label = choice instanceof QuestionKind k ? k.label() : ((QuestionLevel) choice).label();
            if (label.equalsIgnoreCase(value) || choice.name().equalsIgnoreCase(value.replace(' ', '_'))) {
                return choice;
            }
        }
        String allowed = java.util.Arrays.stream(choices).map(c -> c instanceof QuestionKind k ? k.label() : ((QuestionLevel) c).label())
                .collect(Collectors.joining(", "));
        throw cells.refusal(row, column.ordinal(), "holds \"" + value + "\"; write one of: " + allowed);
    }

    private static List<Long> ids(Row row, SheetCells cells, QuestionColumns column, Map<String, Long> byName, String what) {
        List<Long> ids = new ArrayList<>();
        for (String name : cells.lines(row, column.ordinal())) {
            Long id = byName.get(name.toLowerCase(Locale.ROOT));
            if (id == null) {
                throw cells.refusal(row, column.ordinal(), "names a " + what + " Panel does not have: \"" + name + "\"");
            }
            ids.add(id);
        }
        return ids;
    }

    private static Map<String, Long> byName(Map<String, Long> ids) {
        Map<String, Long> lower = new HashMap<>();
        ids.forEach((name, id) -> lower.put(name.toLowerCase(Locale.ROOT), id));
        return lower;
    }

    private static boolean blank(Row row, SheetCells cells) {
        for (QuestionColumns column : QuestionColumns.values()) {
            if (cells.text(row, column.ordinal()) != null) {
                return false;
            }
        }
        return true;
    }
}
