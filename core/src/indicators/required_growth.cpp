#include "plan6/indicators/required_growth.hpp"

#include "plan6/indicators/elementwise.hpp"

namespace plan6 {

void required_growth(const_vector_view value, const_vector_view target, const_vector_view years,
                     vector_view out, reason_view reasons) {
  apply_elementwise<3>(
      {value, target, years}, {"value", "target", "years"}, out, reasons,
      [](double v, double t, double y) { return required_growth(v, t, y).value; },
      [](double v, double t, double y) { return required_growth(v, t, y).reason; });
}

}  // namespace plan6
