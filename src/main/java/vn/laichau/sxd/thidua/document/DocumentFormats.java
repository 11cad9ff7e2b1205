package vn.laichau.sxd.thidua.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How documents write dates and amounts (Nghị định 30/2020/NĐ-CP; VND with dots between thousands). */
public final class DocumentFormats {

  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DocumentFormats() {
  }

  /** "20/01/2027". */
  public static String date(LocalDate date) {
    return date == null ? "" : DAY_MONTH_YEAR.format(date);
  }

  /** "ngày 05 tháng 02 năm 2027", "ngày 20 tháng 3 năm 2027": days below 10 and months 1 and 2 take a leading zero. */
  public static String inWords(LocalDate date) {
    String day = String.format("%02d", date.getDayOfMonth());
    String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue()) : String.valueOf(date.getMonthValue());
    return "ngày " + day + " tháng " + month + " năm " + date.getYear();
  }

  /** "Lai Châu, ngày 05 tháng 02 năm 2027". */
  public static String placeAndDate(LocalDate date) {
    return "Lai Châu, " + inWords(date);
  }

  /** "1.404.000". */
  public static String amount(long vnd) {
    String digits = Long.toString(Math.abs(vnd));
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(digits.charAt(i));
    }
    return (vnd < 0 ? "-" : "") + grouped;
  }

  /** Text as the documents store it: composed (NFC), so a diacritic sits on its letter in every reader. */
  static String composed(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
