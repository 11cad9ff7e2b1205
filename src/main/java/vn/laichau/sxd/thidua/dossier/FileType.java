package vn.laichau.sxd.thidua.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The kinds of file a dossier takes, told by their content, never by their name. */
enum FileType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg");

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};

  private final String mediaType;
  private final String extension;

  FileType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  String mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }

  static Optional<FileType> of(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    return startsWith(content, ZIP_MAGIC) ? officeDocument(content) : Optional.empty();
  }

  /** A Word or Excel file is a ZIP package whose main part sits under word/ or xl/. */
  private static Optional<FileType> officeDocument(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return Optional.of(DOCX);
        }
        if (entry.getName().equals("xl/workbook.xml")) {
          return Optional.of(XLSX);
        }
      }
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
