package vn.laichau.sxd.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Prints Giấy khen onto the pre-printed blanks: one page per certificate, each field at the place
 * {@link CertificateLayout} gives, in the shipped face (embedded). The calibration sheet prints a
 * millimetre grid and every field's place with its name, to lay over a blank once and correct the
 * layout before printing a batch.
 */
@Component
class CertificateSheet {

  private static final float POINTS_PER_MM = 72f / 25.4f;

  private final DocumentFonts fonts;
  private final CertificateLayout layout;

  CertificateSheet(DocumentFonts fonts, CertificateLayout layout) {
    this.fonts = fonts;
    this.layout = layout;
  }

  /** One page per certificate of the list {@code giay_khen}. */
  @SuppressWarnings("unchecked")
  byte[] pdf(Map<String, Object> fields) {
    List<Map<String, Object>> certificates = (List<Map<String, Object>>) fields.getOrDefault("giay_khen", List.of());
    return write((document, faces) -> {
      for (Map<String, Object> certificate : certificates) {
        PDPage page = blank(document);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (String field : CertificateLayout.NAMES.keySet()) {
            Object value = certificate.getOrDefault(field, fields.get(field));
            place(content, faces, field, value == null ? "" : String.valueOf(value));
          }
        }
      }
    });
  }

  /** The calibration sheet: a 10 mm grid with millimetre numbers and each field's name at its place. */
  byte[] calibration() {
    return write((document, faces) -> {
      PDPage page = blank(document);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.setLineWidth(0.2f);
        for (int x = 0; x <= layout.pageWidthMm(); x += 10) {
          line(content, x, 0, x, layout.pageHeightMm());
          label(content, faces.regular(), x + 0.5, 4, String.valueOf(x), 6);
        }
        for (int y = 0; y <= layout.pageHeightMm(); y += 10) {
          line(content, 0, y, layout.pageWidthMm(), y);
          label(content, faces.regular(), 0.5, y - 0.5, String.valueOf(y), 6);
        }
        content.setLineWidth(0.6f);
        for (Map.Entry<String, String> name : CertificateLayout.NAMES.entrySet()) {
          CertificateLayout.Field field = field(name.getKey());
          double left = field.centred() ? field.xMm() - field.widthMm() / 2 : field.xMm();
          line(content, left, field.yMm(), left + field.widthMm(), field.yMm());
          place(content, faces, name.getKey(), name.getValue() + " (x " + field.xMm() + ", y " + field.yMm() + " mm)");
        }
      }
    });
  }

  private interface Drawing {
    void draw(PDDocument document, Faces faces) throws IOException;
  }

  private record Faces(PDFont regular, PDFont bold, PDFont italic, PDFont boldItalic) {
    PDFont of(CertificateLayout.Field field) {
      return field.bold() ? (field.italic() ? boldItalic : bold) : (field.italic() ? italic : regular);
    }
  }

  private byte[] write(Drawing drawing) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Faces faces = new Faces(load(document, "Regular"), load(document, "Bold"), load(document, "Italic"), load(document, "BoldItalic"));
      drawing.draw(document, faces);
      document.getDocumentInformation().setTitle("Giấy khen");
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDFont load(PDDocument document, String style) throws IOException {
    return PDType0Font.load(document, fonts.file(style).toFile());
  }

  private PDPage blank(PDDocument document) {
    PDPage page = new PDPage(new PDRectangle((float) layout.pageWidthMm() * POINTS_PER_MM, (float) layout.pageHeightMm() * POINTS_PER_MM));
    document.addPage(page);
    return page;
  }

  private CertificateLayout.Field field(String name) {
    CertificateLayout.Field field = layout.fields() == null ? null : layout.fields().get(name);
    if (field == null) {
      throw new DocumentFailure("Chưa cấu hình vị trí của trường «" + CertificateLayout.NAMES.get(name) + "» trên phôi Giấy khen.");
    }
    return field;
  }

  /** Writes a field's text at its place, wrapping at its width, lines 1.3 times the type size apart. */
  private void place(PDPageContentStream content, Faces faces, String name, String text) throws IOException {
    CertificateLayout.Field field = field(name);
    PDFont font = faces.of(field);
    double lineMm = field.sizePt() * 1.3 / POINTS_PER_MM;
    double y = field.yMm();
    List<String> lines = new ArrayList<>();
    for (String paragraph : DocumentFormats.composed(text).split("\n")) {
      lines.addAll(wrap(paragraph, font, field.sizePt(), field.widthMm()));
    }
    for (String line : lines) {
      double width = font.getStringWidth(line) / 1000 * field.sizePt() / POINTS_PER_MM;
      double x = field.centred() ? field.xMm() - width / 2 : field.xMm();
      label(content, font, x, y, line, field.sizePt());
      y += lineMm;
    }
  }

  private static List<String> wrap(String text, PDFont font, float size, double widthMm) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size / POINTS_PER_MM > widthMm) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private void label(PDPageContentStream content, PDFont font, double xMm, double yMm, String text, float size) throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset((float) xMm * POINTS_PER_MM, (float) (layout.pageHeightMm() - yMm) * POINTS_PER_MM);
    content.showText(text);
    content.endText();
  }

  private void line(PDPageContentStream content, double x1, double y1, double x2, double y2) throws IOException {
    float height = (float) layout.pageHeightMm();
    content.moveTo((float) x1 * POINTS_PER_MM, (height - (float) y1) * POINTS_PER_MM);
    content.lineTo((float) x2 * POINTS_PER_MM, (height - (float) y2) * POINTS_PER_MM);
    content.stroke();
  }
}
