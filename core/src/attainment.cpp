#include "plan6/attainment.hpp"

#include "plan6/elementwise.hpp"

namespace plan6 {

void attainment(const_vector_view actual, const_vector_view target, direction dir, vector_view out,
                reason_view reasons) {
  if (dir == direction::higher_is_better) {
    apply_elementwise(
        actual, target, out, reasons,
        [](double a, double t) { return attainment(a, t, direction::higher_is_better); }, "actual",
        "target");
  } else {
    apply_elementwise(
        actual, target, out, reasons,
        [](double a, double t) { return attainment(a, t, direction::lower_is_better); }, "actual",
        "target");
  }
}

void gap(const_vector_view actual, const_vector_view target, direction dir, vector_view out,
         reason_view reasons) {
  apply_elementwise(
      actual, target, out, reasons, [dir](double a, double t) { return gap(a, t, dir); }, "actual",
      "target");
}

}  // namespace plan6
