package vn.laichau.sxd.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a Word document in the state format of Nghị định 30/2020/NĐ-CP: A4, margins 20 mm top
 * and bottom, 30 mm left, 15 mm right, Times New Roman, the agency and national headings side by
 * side, body 14 pt justified with a first-line indent, page numbers from page 2 centred at the top,
 * and the «Nơi nhận» and signer blocks. The shipped templates are built with it; the secretariat
 * edits the result in Word.
 */
final class StateFormatDocx {

  static final String FONT = "Times New Roman";
  /** Twentieths of a point per millimetre. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;
  private static final int TEXT_WIDTH = mm(210 - 30 - 15);
  /** The agency's column of the heading; the national name (88 mm at 12 pt bold) needs the rest. */
  private static final int AGENCY_WIDTH = mm(70);

  private static final java.util.Set<String> NUMERIC_COLUMNS =
      java.util.Set.of("so_tien", "dong_y", "khong_dong_y", "khong_y_kien", "ty_le", "muc_tieu", "thuc_hien");

  private final XWPFDocument document = new XWPFDocument();

  StateFormatDocx() {
    defaults();
    page();
    pageNumbersFromPageTwo();
  }

  static int mm(double millimetres) {
    return (int) Math.round(millimetres * TWIPS_PER_MM);
  }

  /**
   * The heading: the parent agency and the Department on the left with the number under them; the
   * national name and motto on the right with the place and date under them.
   */
  StateFormatDocx heading(String parentLine, String agencyLine) {
    return heading(parentLine, agencyLine, true);
  }

  /** The heading, without the number under the agency when the paper is not a numbered document (an extract). */
  StateFormatDocx heading(String parentLine, String agencyLine, boolean numbered) {
    XWPFTable table = borderless(2, 2, new int[] {AGENCY_WIDTH, TEXT_WIDTH - AGENCY_WIDTH});
    XWPFParagraph parent = first(table.getRow(0).getCell(0), ParagraphAlignment.CENTER);
    text(parent, parentLine, 12, false, false);
    XWPFParagraph agency = table.getRow(0).getCell(0).addParagraph();
    centred(agency);
    text(agency, agencyLine, 12, true, false);
    rule(table.getRow(0).getCell(0), mm(25));
    XWPFParagraph nation = first(table.getRow(0).getCell(1), ParagraphAlignment.CENTER);
    text(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
    XWPFParagraph motto = table.getRow(0).getCell(1).addParagraph();
    centred(motto);
    text(motto, "Độc lập - Tự do - Hạnh phúc", 13, true, false);
    rule(table.getRow(0).getCell(1), mm(56));
    XWPFParagraph number = first(table.getRow(1).getCell(0), ParagraphAlignment.CENTER);
    if (numbered) {
      text(number, "Số: " + tag("so_van_ban"), 13, false, false);
    }
    XWPFParagraph placeDate = first(table.getRow(1).getCell(1), ParagraphAlignment.CENTER);
    text(placeDate, tag("dia_danh_ngay"), 14, false, true);
    spacer();
    return this;
  }

  /** The document's name in bold capitals and what it is about under it. */
  StateFormatDocx title(String name, String about) {
    XWPFParagraph title = document.createParagraph();
    centred(title);
    title.setSpacingBefore(240);
    text(title, name, 14, true, false);
    if (about != null) {
      XWPFParagraph subject = document.createParagraph();
      centred(subject);
      subject.setSpacingAfter(60);
      text(subject, about, 14, true, false);
      rule(document.createTable(), TEXT_WIDTH, mm(30));
    }
    spacer();
    return this;
  }

  /** A line centred in bold, as "GIÁM ĐỐC SỞ XÂY DỰNG TỈNH LAI CHÂU" or "QUYẾT ĐỊNH:". */
  StateFormatDocx centredBold(String line) {
    XWPFParagraph paragraph = document.createParagraph();
    centred(paragraph);
    paragraph.setSpacingAfter(120);
    text(paragraph, line, 14, true, false);
    return this;
  }

  /** A body paragraph: 14 pt, justified, first line indented 1 cm. Fields are written {{name}}. */
  StateFormatDocx body(String content) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setIndentationFirstLine(mm(10));
    paragraph.setSpacingAfter(120);
    paragraph.setSpacingBetween(1.1);
    int bold = content.startsWith("Điều ") ? content.indexOf('.') + 1 : 0;
    if (bold > 0) {
      text(paragraph, content.substring(0, bold), 14, true, false);
    }
    text(paragraph, content.substring(bold), 14, false, false);
    return this;
  }

  /**
   * A bordered table with a heading row and one template row filled for each row of
   * {@code listField}; the template row names each column's field as [field].
   */
  StateFormatDocx table(String listField, List<String> headings, List<String> fields, int[] widthsMm) {
    int[] widths = new int[widthsMm.length];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = mm(widthsMm[i]);
    }
    XWPFTable table = document.createTable(2, headings.size());
    grid(table, widths);
    table.setTableAlignment(TableRowAlign.CENTER);
    for (int column = 0; column < headings.size(); column++) {
      XWPFParagraph heading = first(table.getRow(0).getCell(column), ParagraphAlignment.CENTER);
      text(heading, headings.get(column) + (column == 0 ? tag(listField) : ""), 12, true, false);
      XWPFParagraph cell = first(table.getRow(1).getCell(column), alignment(fields.get(column), column));
      text(cell, "[" + fields.get(column) + "]", 12, false, false);
    }
    table.getRow(0).setRepeatHeader(true);
    CTTblCellMar padding = table.getCTTbl().getTblPr().addNewTblCellMar();
    for (CTTblWidth side : new CTTblWidth[] {padding.addNewLeft(), padding.addNewRight()}) {
      side.setW(BigInteger.valueOf(mm(1.5)));
      side.setType(STTblWidth.DXA);
    }
    spacer();
    return this;
  }

  /** Order numbers centred, amounts and counts to the right, words to the left. */
  private static ParagraphAlignment alignment(String field, int column) {
    if (column == 0) {
      return ParagraphAlignment.CENTER;
    }
    return NUMERIC_COLUMNS.contains(field) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
  }

  /** «Nơi nhận» on the left, the signer's title and name on the right. */
  StateFormatDocx signature(List<String> recipients, String signerTitleField, String signerNameField) {
    spacer();
    XWPFTable table = borderless(1, 2, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFParagraph heading = first(left, ParagraphAlignment.LEFT);
    text(heading, "Nơi nhận:", 12, true, true);
    for (String recipient : recipients) {
      XWPFParagraph line = left.addParagraph();
      text(line, recipient, 11, false, false);
    }
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph title = first(right, ParagraphAlignment.CENTER);
    text(title, tag(signerTitleField), 14, true, false);
    for (int i = 0; i < 4; i++) {
      centred(right.addParagraph());
    }
    XWPFParagraph name = right.addParagraph();
    centred(name);
    text(name, tag(signerNameField), 14, true, false);
    return this;
  }

  /** Signatures side by side without «Nơi nhận», as the minutes' chair and secretary. */
  StateFormatDocx signatures(String leftTitle, String leftNameField, String rightTitle, String rightNameField) {
    spacer();
    XWPFTable table = borderless(1, 2, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
    signer(table.getRow(0).getCell(0), leftTitle, leftNameField);
    signer(table.getRow(0).getCell(1), rightTitle, rightNameField);
    return this;
  }

  /** What follows starts on a new page, as the list attached to a decision. */
  StateFormatDocx newPage() {
    document.createParagraph().setPageBreak(true);
    return this;
  }

  /** A line in italics, centred, as "(Kèm theo Quyết định số …)". */
  StateFormatDocx centredItalic(String line) {
    XWPFParagraph paragraph = document.createParagraph();
    centred(paragraph);
    paragraph.setSpacingAfter(120);
    text(paragraph, line, 14, false, true);
    return this;
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.write(out);
      document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String tag(String field) {
    return "{{" + field + "}}";
  }

  private void signer(XWPFTableCell cell, String title, String nameField) {
    XWPFParagraph heading = first(cell, ParagraphAlignment.CENTER);
    text(heading, title, 14, true, false);
    for (int i = 0; i < 4; i++) {
      centred(cell.addParagraph());
    }
    XWPFParagraph name = cell.addParagraph();
    centred(name);
    text(name, tag(nameField), 14, true, false);
  }

  private void defaults() {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTDocDefaults defaults = styles.addNewDocDefaults();
    CTRPr run = defaults.addNewRPrDefault().addNewRPr();
    fonts(run.addNewRFonts());
    run.addNewSz().setVal(BigInteger.valueOf(28));
    run.addNewSzCs().setVal(BigInteger.valueOf(28));
    run.addNewLang().setVal("vi-VN");
    defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
    // The default styles Word writes into every document; converters look them up by these ids.
    // The converter sets a paragraph's face from its style, not from the defaults: Normal names it too.
    fonts(defaultStyle(styles, STStyleType.PARAGRAPH, "Normal", "Normal").addNewRPr().addNewRFonts());
    defaultStyle(styles, STStyleType.CHARACTER, "DefaultParagraphFont", "Default Paragraph Font");
    defaultStyle(styles, STStyleType.TABLE, "TableNormal", "Normal Table");
    defaultStyle(styles, STStyleType.NUMBERING, "NoList", "No List");
    document.createStyles().setStyles(styles);
  }

  private static CTStyle defaultStyle(CTStyles styles, STStyleType.Enum type, String id, String name) {
    CTStyle style = styles.addNewStyle();
    style.setType(type);
    style.setStyleId(id);
    style.setDefault(Boolean.TRUE);
    style.addNewName().setVal(name);
    return style;
  }

  private void page() {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(mm(20)));
    margins.setBottom(BigInteger.valueOf(mm(20)));
    margins.setLeft(BigInteger.valueOf(mm(30)));
    margins.setRight(BigInteger.valueOf(mm(15)));
    margins.setHeader(BigInteger.valueOf(mm(10)));
    margins.setFooter(BigInteger.valueOf(mm(10)));
    margins.setGutter(BigInteger.ZERO);
  }

  private void pageNumbersFromPageTwo() {
    document.createHeader(HeaderFooterType.FIRST).createParagraph();
    XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph paragraph = header.createParagraph();
    centred(paragraph);
    CTParaRPr mark = paragraph.getCTPPr().addNewRPr();
    fonts(mark.addNewRFonts());
    mark.addNewSz().setVal(BigInteger.valueOf(28));
    CTSimpleField page = paragraph.getCTP().addNewFldSimple();
    page.setInstr("PAGE");
    CTRPr run = page.addNewR().addNewRPr();
    fonts(run.addNewRFonts());
    run.addNewSz().setVal(BigInteger.valueOf(28));
    page.getRArray(0).addNewT().setStringValue("2");
  }

  private void spacer() {
    document.createParagraph();
  }

  private XWPFTable borderless(int rows, int columns, int[] widths) {
    XWPFTable table = document.createTable(rows, columns);
    grid(table, widths);
    table.removeBorders();
    return table;
  }

  private static void grid(XWPFTable table, int[] widths) {
    CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    int total = 0;
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
      total += width;
    }
    CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
    CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
    width.setW(BigInteger.valueOf(total));
    width.setType(STTblWidth.DXA);
    for (int row = 0; row < table.getNumberOfRows(); row++) {
      for (int column = 0; column < widths.length; column++) {
        CTTcPr cell = table.getRow(row).getCell(column).getCTTc().isSetTcPr()
            ? table.getRow(row).getCell(column).getCTTc().getTcPr() : table.getRow(row).getCell(column).getCTTc().addNewTcPr();
        CTTblWidth cellWidth = cell.isSetTcW() ? cell.getTcW() : cell.addNewTcW();
        cellWidth.setW(BigInteger.valueOf(widths[column]));
        cellWidth.setType(STTblWidth.DXA);
      }
    }
  }

  private static XWPFParagraph first(XWPFTableCell cell, ParagraphAlignment alignment) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    paragraph.setAlignment(alignment);
    return paragraph;
  }

  private static void centred(XWPFParagraph paragraph) {
    paragraph.setAlignment(ParagraphAlignment.CENTER);
  }

  /**
   * A short centred rule of the given length under the line before it: an empty one-cell table
   * with only its top border, indented to the middle of a container of the given width. (A
   * paragraph border narrowed by indents would do in Word, but converters ignore the right indent.)
   */
  private static void rule(XWPFTableCell cell, int lengthTwips) {
    XWPFTable rule = new XWPFTable(cell.getCTTc().addNewTbl(), cell);
    cell.getCTTc().addNewP();
    rule(rule, cell.getCTTc().getTcPr().getTcW().getW() instanceof BigInteger width ? width.intValue() : TEXT_WIDTH, lengthTwips);
  }

  private static void rule(XWPFTable rule, int containerWidth, int lengthTwips) {
    grid(rule, new int[] {lengthTwips});
    rule.removeBorders();
    rule.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "000000");
    CTTblPr properties = rule.getCTTbl().getTblPr();
    CTTblWidth indent = properties.isSetTblInd() ? properties.getTblInd() : properties.addNewTblInd();
    indent.setW(BigInteger.valueOf(Math.max(0, (containerWidth - lengthTwips) / 2)));
    indent.setType(STTblWidth.DXA);
    XWPFParagraph empty = rule.getRow(0).getCell(0).getParagraphs().isEmpty()
        ? rule.getRow(0).getCell(0).addParagraph() : rule.getRow(0).getCell(0).getParagraphs().get(0);
    empty.getCTP().addNewPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(4));
    rule.getRow(0).setHeight(60);
  }

  /** A run of text; a line break where the text has "\n". */
  private static void text(XWPFParagraph paragraph, String content, int points, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
    run.setFontFamily(FONT);
    run.setFontSize(points);
    if (bold) {
      run.setBold(true);
    }
    if (italic) {
      run.setItalic(true);
    }
  }

  private static void fonts(CTFonts fonts) {
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
  }

}
