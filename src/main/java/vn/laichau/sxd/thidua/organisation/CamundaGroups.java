package vn.laichau.sxd.thidua.organisation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Camunda group ids of the public contract (DESIGN §5) with their Vietnamese names. */
public final class CamundaGroups {

  public static final String ADMIN = "camunda-admin";
  public static final String SECRETARIAT = "secretariat";
  public static final String COUNCIL = "council";
  public static final String COUNCIL_CHAIR = "council-chair";
  public static final String DIRECTOR = "director";
  public static final String MANAGERS = "managers";

  /** The role groups that the organisation file manages, with their display names. */
  public static final Map<String, String> ROLE_GROUPS = roleGroups();
  /** Who reads every unit's dossier and every document: a unit head reads only the unit's. */
  public static final java.util.Set<String> READ_EVERY_DOSSIER = java.util.Set.of(ADMIN, SECRETARIAT, DIRECTOR, MANAGERS, COUNCIL,
      COUNCIL_CHAIR);

  private CamundaGroups() {
  }

  private static final String UNIT_HEAD_PREFIX = "unit-head-";

  /** The group of a unit's head (DESIGN §5): {@code unit-head-<code in lower case>}. */
  public static String unitHead(String unitCode) {
    return UNIT_HEAD_PREFIX + unitCode.toLowerCase(Locale.ROOT);
  }

  /** The unit whose head group this is, in upper case; empty for any other group. */
  public static Optional<String> unitOfHeadGroup(String group) {
    return group.startsWith(UNIT_HEAD_PREFIX) ? Optional.of(group.substring(UNIT_HEAD_PREFIX.length()).toUpperCase(Locale.ROOT))
        : Optional.empty();
  }

  public static String unitStaff(String unitCode) {
    return "unit-" + unitCode.toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> roleGroups() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(SECRETARIAT, "Văn phòng Sở (thường trực Hội đồng TĐKT)");
    groups.put(COUNCIL, "Thành viên Hội đồng Thi đua – Khen thưởng");
    groups.put(COUNCIL_CHAIR, "Chủ tịch Hội đồng Thi đua – Khen thưởng");
    groups.put(DIRECTOR, "Lãnh đạo Sở (ký quyết định)");
    groups.put(MANAGERS, "Lãnh đạo, quản lý (theo dõi)");
    return Map.copyOf(groups);
  }
}
