package vn.laichau.sxd.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.docx4j.Docx4J;
import org.docx4j.convert.out.FOSettings;
import org.docx4j.convert.out.fo.renderers.FORendererApacheFOP;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.springframework.stereotype.Component;

/**
 * Turns a filled Word document into its PDF, pure Java: docx4j writes the document as XSL-FO and
 * Apache FOP sets it, with the shipped face embedded in place of Times New Roman.
 */
@Component
class PdfExport {

  private final DocumentFonts fonts;

  PdfExport(DocumentFonts fonts) {
    this.fonts = fonts;
  }

  byte[] pdf(byte[] docx) {
    try {
      WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
      word.setFontMapper(fonts.mapper());
      FOSettings settings = Docx4J.createFOSettings();
      settings.setOpcPackage(word);
      settings.setApacheFopMime(FOSettings.INTERNAL_FO_MIME);
      ByteArrayOutputStream fo = new ByteArrayOutputStream();
      Docx4J.toFO(settings, fo, Docx4J.FLAG_EXPORT_PREFER_XSL);
      FopFactory factory = FORendererApacheFOP.getFopFactoryBuilder(settings).build();
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      Fop fop = factory.newFop(MimeConstants.MIME_PDF, factory.newFOUserAgent(), pdf);
      TransformerFactory.newInstance().newTransformer()
          .transform(new StreamSource(new ByteArrayInputStream(withDefaultFace(fo))), new SAXResult(fop.getDefaultHandler()));
      return pdf.toByteArray();
    } catch (Exception e) {
      throw new DocumentFailure("Không chuyển được văn bản sang PDF: " + e.getMessage(), e);
    }
  }

  /**
   * docx4j names the face on each run of text but not on the blocks, so a page number or an empty
   * line would fall back to FOP's Helvetica, which is not embedded: the whole document inherits the
   * shipped face instead.
   */
  private static byte[] withDefaultFace(ByteArrayOutputStream fo) {
    String text = fo.toString(StandardCharsets.UTF_8);
    int root = text.indexOf("<fo:root");
    if (root < 0) {
      throw new DocumentFailure("Không chuyển được văn bản sang PDF: thiếu phần tử gốc của bản dàn trang.");
    }
    int at = root + "<fo:root".length();
    return (text.substring(0, at) + " font-family=\"" + DocumentFonts.FAMILY + "\"" + text.substring(at)).getBytes(StandardCharsets.UTF_8);
  }
}
