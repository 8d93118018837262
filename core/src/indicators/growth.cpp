#include "plan6/indicators/growth.hpp"

#include "plan6/indicators/elementwise.hpp"

namespace plan6 {

void growth(const_vector_view current, const_vector_view prior, vector_view out,
            reason_view reasons) {
  apply_elementwise<2>(
      {current, prior}, {"current", "prior"}, out, reasons,
      [](double c, double p) { return growth_value(c, p); },
      [](double c, double p) { return growth(c, p).reason; });
}

}  // namespace plan6
