package vn.laichau.sxd.thidua.organisation;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether a text is one plain e-mail address (ten@coquan.gov.vn), as the organisation file must give it. */
public final class MailAddresses {

  private MailAddresses() {
  }

  public static boolean isValid(String address) {
    if (address == null || address.isBlank() || !address.equals(address.strip())) {
      return false;
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      // Only the bare address: no display name, no group, and a domain with a dot.
      String domain = address.substring(address.indexOf('@') + 1);
      return parsed.getAddress().equals(address) && address.indexOf('@') > 0 && domain.contains(".") && !domain.endsWith(".");
    } catch (AddressException e) {
      return false;
    }
  }
}
