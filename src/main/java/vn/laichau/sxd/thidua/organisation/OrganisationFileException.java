package vn.laichau.sxd.thidua.organisation;

import java.util.List;

/** An organisation file that cannot be imported; each problem names its line and reason. */
public class OrganisationFileException extends RuntimeException {

  private final List<String> problems;

  public OrganisationFileException(List<String> problems) {
    super("Tệp tổ chức không hợp lệ, không có gì được nhập:\n" + String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
