package vn.laichau.sxd.thidua.organisation;

/** A division (phòng) or subordinate unit (đơn vị trực thuộc) of the Department. */
public record Unit(String code, String name, UnitKind kind, int sortOrder) {
}
