package vn.laichau.sxd.thidua.document;

/** A number given from a kind's register of a year: the sequence and how a document writes it ("01/QĐ-SXD"). */
public record DocumentNumber(DocumentKind kind, int year, int sequence) {

  /** Two digits at least, as the registers write them: 01, 02, … 10, … 120. */
  public String text() {
    return String.format("%02d/%s", sequence, kind.symbol());
  }
}
