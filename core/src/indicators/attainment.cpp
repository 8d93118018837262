#include "plan6/indicators/attainment.hpp"

#include "plan6/indicators/elementwise.hpp"

namespace plan6 {
namespace {

template <direction Dir>
void attainment_in(const_vector_view actual, const_vector_view target, vector_view out,
                   reason_view reasons) {
  apply_elementwise<2>(
      {actual, target}, {"actual", "target"}, out, reasons,
      [](double a, double t) { return attainment_value<Dir>(a, t); },
      [](double a, double t) { return attainment(a, t, Dir).reason; });
}

template <direction Dir>
void gap_in(const_vector_view actual, const_vector_view target, vector_view out,
            reason_view reasons) {
  apply_elementwise<2>(
      {actual, target}, {"actual", "target"}, out, reasons,
      [](double a, double t) { return gap_value<Dir>(a, t); },
      [](double a, double t) { return gap(a, t, Dir).reason; });
}

}  // namespace

void attainment(const_vector_view actual, const_vector_view target, direction dir, vector_view out,
                reason_view reasons) {
  if (dir == direction::higher_is_better) {
    attainment_in<direction::higher_is_better>(actual, target, out, reasons);
  } else {
    attainment_in<direction::lower_is_better>(actual, target, out, reasons);
  }
}

void gap(const_vector_view actual, const_vector_view target, direction dir, vector_view out,
         reason_view reasons) {
  if (dir == direction::higher_is_better) {
    gap_in<direction::higher_is_better>(actual, target, out, reasons);
  } else {
    gap_in<direction::lower_is_better>(actual, target, out, reasons);
  }
}

void attainment(const_vector_view actual, const_vector_view target,
                const_vector_view direction_codes, vector_view out, reason_view reasons) {
  apply_elementwise<3>(
      {actual, target, direction_codes}, {"actual", "target", "direction"}, out, reasons,
      [](double a, double t, double d) {
        const double higher = attainment_value<direction::higher_is_better>(a, t);
        const double lower = attainment_value<direction::lower_is_better>(a, t);
        return lanes::keep_or_nan(d != 0.0 && lanes::finite(d), d > 0.0 ? higher : lower);
      },
      [](double a, double t, double d) { return attainment_by_code(a, t, d).reason; });
}

void gap(const_vector_view actual, const_vector_view target, const_vector_view direction_codes,
         vector_view out, reason_view reasons) {
  apply_elementwise<3>(
      {actual, target, direction_codes}, {"actual", "target", "direction"}, out, reasons,
      [](double a, double t, double d) {
        const double higher = gap_value<direction::higher_is_better>(a, t);
        const double lower = gap_value<direction::lower_is_better>(a, t);
        return lanes::keep_or_nan(d != 0.0 && lanes::finite(d), d > 0.0 ? higher : lower);
      },
      [](double a, double t, double d) { return gap_by_code(a, t, d).reason; });
}

}  // namespace plan6
