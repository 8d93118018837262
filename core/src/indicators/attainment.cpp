#include "plan6/indicators/attainment.hpp"

#include "plan6/indicators/elementwise.hpp"

namespace plan6 {
namespace {

// Attainment and gap over arrays differ only in their kernels: the branch-free value for a
// fixed direction, the checked scalar form, and the checked form with a direction code.
struct attainment_kernels {
  template <direction Dir>
  static double value(double a, double t) noexcept {
    return attainment_value<Dir>(a, t);
  }
  static indicator_value checked(double a, double t, direction d) noexcept {
    return attainment(a, t, d);
  }
  static indicator_value by_code(double a, double t, double c) noexcept {
    return attainment_by_code(a, t, c);
  }
};

struct gap_kernels {
  template <direction Dir>
  static double value(double a, double t) noexcept {
    return gap_value<Dir>(a, t);
  }
  static indicator_value checked(double a, double t, direction d) noexcept { return gap(a, t, d); }
  static indicator_value by_code(double a, double t, double c) noexcept {
    return gap_by_code(a, t, c);
  }
};

template <typename K, direction Dir>
void in_direction(const_vector_view actual, const_vector_view target, vector_view out,
                  reason_view reasons) {
  apply_elementwise<2>(
      {actual, target}, {"actual", "target"}, out, reasons,
      [](double a, double t) { return K::template value<Dir>(a, t); },
      [](double a, double t) { return K::checked(a, t, Dir).reason; });
}

// One direction for all rows: the direction is a template argument, so the loop has no branch.
template <typename K>
void with_direction(const_vector_view actual, const_vector_view target, direction dir,
                    vector_view out, reason_view reasons) {
  if (dir == direction::higher_is_better) {
    in_direction<K, direction::higher_is_better>(actual, target, out, reasons);
  } else {
    in_direction<K, direction::lower_is_better>(actual, target, out, reasons);
  }
}

// A direction code per row: both directions computed and one kept, so the loop stays
// branch-free; a zero or non-finite code makes the row undefined.
template <typename K>
void with_codes(const_vector_view actual, const_vector_view target, const_vector_view codes,
                vector_view out, reason_view reasons) {
  apply_elementwise<3>(
      {actual, target, codes}, {"actual", "target", "direction"}, out, reasons,
      [](double a, double t, double d) {
        const double higher = K::template value<direction::higher_is_better>(a, t);
        const double lower = K::template value<direction::lower_is_better>(a, t);
        return lanes::keep_or_nan(d != 0.0 && lanes::finite(d), d > 0.0 ? higher : lower);
      },
      [](double a, double t, double d) { return K::by_code(a, t, d).reason; });
}

}  // namespace

void attainment(const_vector_view actual, const_vector_view target, direction dir, vector_view out,
                reason_view reasons) {
  with_direction<attainment_kernels>(actual, target, dir, out, reasons);
}

void gap(const_vector_view actual, const_vector_view target, direction dir, vector_view out,
         reason_view reasons) {
  with_direction<gap_kernels>(actual, target, dir, out, reasons);
}

void attainment(const_vector_view actual, const_vector_view target,
                const_vector_view direction_codes, vector_view out, reason_view reasons) {
  with_codes<attainment_kernels>(actual, target, direction_codes, out, reasons);
}

void gap(const_vector_view actual, const_vector_view target, const_vector_view direction_codes,
         vector_view out, reason_view reasons) {
  with_codes<gap_kernels>(actual, target, direction_codes, out, reasons);
}

}  // namespace plan6
