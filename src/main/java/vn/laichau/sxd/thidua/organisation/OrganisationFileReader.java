package vn.laichau.sxd.thidua.organisation;

import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.laichau.sxd.thidua.api.RejectedFileException;

/**
 * Reads an organisation file (YAML, see {@code docs/operations.md}). Works on the YAML node tree
 * rather than binding to classes so that every problem can be reported with its line. All
 * problems are collected; the file is accepted only when there are none.
 */
@Component
class OrganisationFileReader {

  private static final Pattern UNIT_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  public Organisation read(Reader source) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(source);
    } catch (MarkedYAMLException e) {
      // The context mark is where the broken construct began (an unclosed bracket), the better line to show.
      var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      throw rejected(List.of("Dòng " + line + ": cú pháp YAML sai (" + e.getProblem() + ")."));
    } catch (YAMLException e) {
      throw rejected(List.of("Không đọc được tệp YAML: " + e.getMessage()));
    }
    Parse parse = new Parse();
    if (!(root instanceof MappingNode rootMap)) {
      throw rejected(List.of("Dòng 1: tệp phải có hai mục 'units' và 'people'."));
    }
    Map<String, Node> sections = parse.fields(rootMap, Set.of("units", "people"));
    List<Unit> units = parse.units(sections.get("units"), rootMap);
    List<Person> people = parse.people(sections.get("people"), rootMap, units);
    if (!parse.problems.isEmpty()) {
      throw rejected(parse.problems);
    }
    return new Organisation(units, people);
  }

  private static RejectedFileException rejected(List<String> problems) {
    return new RejectedFileException("Tệp tổ chức không hợp lệ, không có gì được nhập.", problems);
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  /** One parse of one file, collecting problems as it goes. */
  private static final class Parse {
    private final List<String> problems = new ArrayList<>();

    private void problem(Node node, String reason) {
      problems.add("Dòng " + line(node) + ": " + reason);
    }

    private Map<String, Node> fields(MappingNode map, Set<String> allowed) {
      Map<String, Node> fields = new LinkedHashMap<>();
      for (NodeTuple tuple : map.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
        if (!allowed.contains(key)) {
          problem(tuple.getKeyNode(), "trường '" + key + "' không được hỗ trợ (chỉ dùng " + String.join(", ", new TreeSet<>(allowed)) + ").");
        } else if (fields.put(key, tuple.getValueNode()) != null) {
          problem(tuple.getKeyNode(), "trường '" + key + "' bị lặp.");
        }
      }
      return fields;
    }

    private List<MappingNode> entries(Node section, Node parent, String name) {
      if (section == null) {
        problem(parent, "thiếu mục '" + name + "'.");
        return List.of();
      }
      if (!(section instanceof SequenceNode sequence)) {
        problem(section, "mục '" + name + "' phải là một danh sách.");
        return List.of();
      }
      List<MappingNode> entries = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        if (item instanceof MappingNode map) {
          entries.add(map);
        } else {
          problem(item, "mỗi phần tử của '" + name + "' phải có dạng khóa: giá trị.");
        }
      }
      return entries;
    }

    private String text(Map<String, Node> fields, String key, MappingNode owner, boolean required) {
      Node node = fields.get(key);
      if (node == null) {
        if (required) {
          problem(owner, "thiếu trường bắt buộc '" + key + "'.");
        }
        return null;
      }
      if (!(node instanceof ScalarNode scalar)) {
        problem(node, "trường '" + key + "' phải là một giá trị đơn.");
        return null;
      }
      String value = scalar.getValue().strip();
      if (value.isEmpty()) {
        if (required) {
          problem(node, "trường '" + key + "' không được để trống.");
        }
        return null;
      }
      return value;
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value, Node node, String key) {
      if (value == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        problem(node, "giá trị '" + value + "' của '" + key + "' không hợp lệ (dùng một trong " + List.of(type.getEnumConstants()) + ").");
        return null;
      }
    }

    private List<Unit> units(Node section, Node parent) {
      List<Unit> units = new ArrayList<>();
      Set<String> codes = new HashSet<>();
      int order = 0;
      for (MappingNode entry : entries(section, parent, "units")) {
        Map<String, Node> f = fields(entry, Set.of("code", "name", "kind"));
        String code = text(f, "code", entry, true);
        String name = text(f, "name", entry, true);
        UnitKind kind = constant(UnitKind.class, text(f, "kind", entry, true), entry, "kind");
        if (code != null && !UNIT_CODE.matcher(code).matches()) {
          problem(entry, "mã đơn vị '" + code + "' phải viết hoa, không dấu, 2–20 ký tự.");
        } else if (code != null && !codes.add(code)) {
          problem(entry, "mã đơn vị '" + code + "' bị trùng.");
        }
        if (code != null && name != null && kind != null) {
          units.add(new Unit(code, name, kind, ++order));
        }
      }
      return units;
    }

    private List<Person> people(Node section, Node parent, List<Unit> units) {
      Set<String> unitCodes = new HashSet<>();
      units.forEach(unit -> unitCodes.add(unit.code()));
      Map<String, Integer> seen = new HashMap<>();
      List<Person> people = new ArrayList<>();
      for (MappingNode entry : entries(section, parent, "people")) {
        Map<String, Node> f = fields(entry, Set.of("username", "fullName", "position", "unit", "category", "email", "roles"));
        String username = text(f, "username", entry, true);
        String fullName = text(f, "fullName", entry, true);
        String position = text(f, "position", entry, true);
        String unit = text(f, "unit", entry, false);
        StaffCategory category = constant(StaffCategory.class, text(f, "category", entry, true), entry, "category");
        String email = text(f, "email", entry, false);
        Set<Role> roles = roles(f.get("roles"));
        boolean valid = username != null && fullName != null && position != null && category != null;
        if (username != null && !USERNAME.matcher(username).matches()) {
          problem(entry, "tên đăng nhập '" + username + "' chỉ được dùng chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.");
          valid = false;
        } else if (username != null && seen.putIfAbsent(username, line(entry)) != null) {
          problem(entry, "tên đăng nhập '" + username + "' đã dùng ở dòng " + seen.get(username) + ".");
          valid = false;
        }
        if (email != null && !MailAddresses.isValid(email)) {
          problem(entry, "địa chỉ thư điện tử '" + email + "' không hợp lệ (dạng ten@coquan.gov.vn); bỏ trống nếu người này chưa có.");
          valid = false;
        }
        if (unit != null && !unitCodes.contains(unit)) {
          problem(entry, "đơn vị '" + unit + "' không có trong mục 'units'.");
          valid = false;
        }
        if (unit == null && roles.stream().anyMatch(Role::isUnitRole)) {
          problem(entry, "người có vai trò trưởng/phó đơn vị phải thuộc một đơn vị ('unit').");
          valid = false;
        }
        if (valid) {
          people.add(new Person(username, fullName, position, unit, category, email, roles));
        }
      }
      return people;
    }

    private Set<Role> roles(Node node) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      if (node == null) {
        return roles;
      }
      if (!(node instanceof SequenceNode sequence)) {
        problem(node, "trường 'roles' phải là một danh sách, ví dụ [UNIT_HEAD, COUNCIL].");
        return roles;
      }
      for (Node item : sequence.getValue()) {
        String value = item instanceof ScalarNode scalar ? scalar.getValue() : null;
        Role role = constant(Role.class, value, item, "roles");
        if (role != null) {
          roles.add(role);
        }
      }
      return roles;
    }
  }
}
