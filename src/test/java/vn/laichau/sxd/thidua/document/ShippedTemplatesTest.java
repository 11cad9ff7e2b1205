package vn.laichau.sxd.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every shipped template names all its kind's fields, fills without leaving a field mark, and
 * turns into a PDF in the state format with the shipped face embedded.
 */
class ShippedTemplatesTest {

  private static final TemplateFiller FILLER = new TemplateFiller();
  private static final PdfExport PDF = new PdfExport(new DocumentFonts());
  private static final Pattern ROW_FIELDS = Pattern.compile("\\[([a-z_]+)]");

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void fillsEveryFieldAndPrintsInTheStateFormat(DocumentKind kind) throws IOException {
    byte[] template = ShippedTemplates.docx(kind);
    assertThat(FILLER.fields(template)).as("the shipped template has every required field").containsAll(TemplateFields.required(kind));

    byte[] docx = FILLER.fill(template, sample(kind));
    DocumentChecks.assertStateFormatDocx(docx);
    String text = DocumentChecks.docxText(docx);
    assertThat(text).doesNotContain("{{", "}}", "[", "]").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 07/" + kind.symbol(), "Lai Châu, ngày 05 tháng 02 năm 2027", "giá trị hàng 2");
    byte[] pdf = PDF.pdf(docx);
    java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"))
        .resolve("sample-" + kind.name().toLowerCase() + ".pdf"), pdf);
    DocumentChecks.assertPagesAndFonts(pdf, 210, 297);
    assertThat(DocumentChecks.words(DocumentChecks.pdfText(pdf))).contains(DocumentChecks.words("Lai Châu, ngày 05 tháng 02 năm 2027"));
  }

  /** A value for every field; each list two rows with a value for every column its description names. */
  static Map<String, Object> sample(DocumentKind kind) {
    Map<String, Object> values = new LinkedHashMap<>();
    TemplateFields.of(kind).forEach((field, meaning) -> {
      Matcher columns = ROW_FIELDS.matcher(meaning);
      if (columns.find()) {
        columns.reset();
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, String> second = new LinkedHashMap<>();
        while (columns.find()) {
          first.put(columns.group(1), "giá trị hàng 1");
          second.put(columns.group(1), "giá trị hàng 2");
        }
        values.put(field, List.of(first, second));
      } else {
        values.put(field, "giá trị " + field.replace('_', ' '));
      }
    });
    values.put("so_van_ban", "07/" + kind.symbol());
    values.put("dia_danh_ngay", "Lai Châu, ngày 05 tháng 02 năm 2027");
    return values;
  }
}
