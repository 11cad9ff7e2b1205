package vn.laichau.sxd.thidua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.docx4j.fonts.IdentityPlusMapper;
import org.docx4j.fonts.Mapper;
import org.docx4j.fonts.PhysicalFont;
import org.docx4j.fonts.PhysicalFonts;
import org.springframework.stereotype.Component;

/**
 * The serif face every document is set in. Word documents name Times New Roman; the PDFs embed
 * Liberation Serif 2, which has the same metrics and is shipped inside the application (SIL Open
 * Font License, see {@code fonts/LICENSE-LiberationSerif.txt}), so a machine with only a JDK lays
 * out a page exactly as any other. The machine's own fonts are never looked at.
 */
@Component
public class DocumentFonts {

  static final String FAMILY = "Liberation Serif";
  private static final String[] STYLES = {"Regular", "Bold", "Italic", "BoldItalic"};

  private final Map<String, Path> files = new LinkedHashMap<>();
  private final Mapper mapper;

  public DocumentFonts() {
    try {
      Path directory = Files.createTempDirectory("thidua-fonts");
      directory.toFile().deleteOnExit();
      for (String style : STYLES) {
        Path file = directory.resolve("LiberationSerif-" + style + ".ttf");
        try (InputStream in = DocumentFonts.class.getResourceAsStream("/fonts/LiberationSerif-" + style + ".ttf")) {
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        file.toFile().deleteOnExit();
        files.put(style, file);
      }
      this.mapper = docx4jMapper();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The face's file of the given style: Regular, Bold, Italic or BoldItalic. */
  public Path file(String style) {
    return files.get(style);
  }

  /** The mapping from the fonts a Word document names to the shipped face, for the PDF export. */
  Mapper mapper() {
    return mapper;
  }

  private Mapper docx4jMapper() {
    synchronized (PhysicalFonts.class) {
      // Match no font of the machine: discovery would otherwise scan every system font directory.
      PhysicalFonts.setRegex("^$");
      files.values().forEach(file -> PhysicalFonts.addPhysicalFonts(FAMILY, file.toUri()));
    }
    Mapper fonts = new IdentityPlusMapper();
    PhysicalFont regular = PhysicalFonts.get(FAMILY);
    for (String name : new String[] {StateFormatDocx.FONT, FAMILY, "Calibri", "Cambria", "Arial", "Symbol"}) {
      fonts.put(name, regular);
    }
    return fonts;
  }
}
