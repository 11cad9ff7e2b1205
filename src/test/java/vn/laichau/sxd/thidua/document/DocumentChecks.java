package vn.laichau.sxd.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Reads generated documents back with POI and PDFBox, and checks the state format (Nghị định 30/2020/NĐ-CP). */
public final class DocumentChecks {

  private static final double POINTS_PER_MM = 72 / 25.4;
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  private DocumentChecks() {
  }

  /** The PDF's text, composed (NFC). */
  public static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every page of the given size (mm, within half a millimetre), every font used embedded. */
  public static void assertPagesAndFonts(byte[] pdf, double widthMm, double heightMm) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isPositive();
      for (PDPage page : document.getPages()) {
        assertThat(page.getMediaBox().getWidth() / POINTS_PER_MM).as("page width in mm").isCloseTo(widthMm, org.assertj.core.data.Offset.offset(0.5));
        assertThat(page.getMediaBox().getHeight() / POINTS_PER_MM).as("page height in mm").isCloseTo(heightMm, org.assertj.core.data.Offset.offset(0.5));
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
          assertThat(font.getName()).as("the shipped face").contains("LiberationSerif");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A4 with the decree's margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  public static void assertStateFormatDocx(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      CTSectPr section = document.getDocument().getBody().getSectPr();
      CTPageSz size = section.getPgSz();
      assertThat(mm(size.getW())).as("A4 width").isCloseTo(210, org.assertj.core.data.Offset.offset(0.5));
      assertThat(mm(size.getH())).as("A4 height").isCloseTo(297, org.assertj.core.data.Offset.offset(0.5));
      CTPageMar margins = section.getPgMar();
      assertThat(mm(margins.getTop())).as("top margin").isBetween(19.9, 25.1);
      assertThat(mm(margins.getBottom())).as("bottom margin").isBetween(19.9, 25.1);
      assertThat(mm(margins.getLeft())).as("left margin").isBetween(29.9, 35.1);
      assertThat(mm(margins.getRight())).as("right margin").isBetween(14.9, 20.1);
      assertThat(section.isSetTitlePg()).as("no page number on page 1").isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Word document's text. */
  public static String docxText(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cells' text of the rows below the heading of each table whose heading has the given title. */
  public static List<String> rowsUnder(byte[] docx, String headingTitle) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> rows = new ArrayList<>();
      for (XWPFTable table : document.getTables()) {
        if (table.getRow(0).getTableCells().stream().anyMatch(cell -> cell.getText().equals(headingTitle))) {
          table.getRows().stream().skip(1).forEach(row -> rows.add(String.join(" | ",
              row.getTableCells().stream().map(cell -> cell.getText()).toList())));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whitespace-insensitive words of a text, for comparing the Word and PDF versions. */
  public static String words(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
  }

  private static double mm(Object twips) {
    return ((BigInteger) twips).doubleValue() / TWIPS_PER_MM;
  }
}
