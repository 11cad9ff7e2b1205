package vn.laichau.sxd.thidua.document;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTUnderline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.springframework.stereotype.Component;

/** Fills a Word template's fields ({{field}}, table rows [field], repeated {{?list}}…{{/list}}) with poi-tl. */
@Component
class TemplateFiller {

  private static final Configure CONFIGURE = configure();
  private static final String UNDERLINES =
      "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:u";

  byte[] fill(byte[] template, Map<String, Object> values) {
    try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), CONFIGURE).render(values);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      dropEmptyUnderlines(filled.getXWPFDocument());
      filled.write(out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new DocumentFailure("Không điền được mẫu văn bản: " + e.getMessage(), e);
    }
  }

  /**
   * poi-tl leaves {@code <w:u w:color="auto"/>} on the runs it fills. Word reads an underline
   * without a pattern as none, other readers as single: say none.
   */
  private static void dropEmptyUnderlines(XWPFDocument document) {
    for (XmlObject underline : document.getDocument().selectPath(UNDERLINES)) {
      CTUnderline u = (CTUnderline) underline;
      if (!u.isSetVal()) {
        u.setVal(STUnderline.NONE);
      }
    }
  }

  /** The fields a template names, a repeated block's own fields included. */
  Set<String> fields(byte[] template) throws IOException {
    try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template), CONFIGURE)) {
      Set<String> names = new LinkedHashSet<>();
      collect(compiled.getElementTemplates(), names);
      return names;
    }
  }

  private static void collect(List<MetaTemplate> templates, Set<String> names) {
    for (MetaTemplate template : templates) {
      if (template instanceof BlockTemplate block) {
        names.add(block.getStartMark().getTagName());
        collect(block.getTemplates(), names);
      } else if (template instanceof ElementTemplate element) {
        names.add(element.getTagName());
      }
    }
  }

  private static Configure configure() {
    ConfigureBuilder builder = Configure.builder();
    TemplateFields.TABLE_LISTS.forEach(list -> builder.bind(list, new LoopRowTableRenderPolicy()));
    return builder.build();
  }
}
