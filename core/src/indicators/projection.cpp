#include "plan6/indicators/projection.hpp"

#include "plan6/indicators/elementwise.hpp"

namespace plan6 {

void projection(const_vector_view baseline, const_vector_view current,
                const_vector_view years_elapsed, const_vector_view years_ahead, vector_view out,
                reason_view reasons) {
  apply_elementwise<4>(
      {baseline, current, years_elapsed, years_ahead},
      {"baseline", "current", "years_elapsed", "years_ahead"}, out, reasons,
      [](double b, double c, double e, double a) { return projection(b, c, e, a).value; },
      [](double b, double c, double e, double a) { return projection(b, c, e, a).reason; });
}

}  // namespace plan6
