#include "plan6/indicators/log_growth.hpp"

namespace plan6 {

void log_growth(const_vector_view current, const_vector_view prior, vector_view out,
                reason_view reasons) {
  apply_elementwise<2>(
      {current, prior}, {"current", "prior"}, out, reasons,
      [](double c, double p) { return log_growth_value(c, p); },
      [](double c, double p) { return log_growth(c, p).reason; });
}

}  // namespace plan6
