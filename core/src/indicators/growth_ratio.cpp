#include "plan6/indicators/growth_ratio.hpp"

#include "plan6/indicators/elementwise.hpp"

namespace plan6 {

void growth_ratio(const_vector_view baseline, const_vector_view current, const_vector_view target,
                  const_vector_view years_elapsed, const_vector_view years_to_target,
                  const_vector_view direction_code, vector_view out, reason_view reasons) {
  apply_elementwise<6>(
      {baseline, current, target, years_elapsed, years_to_target, direction_code},
      {"baseline", "current", "target", "years_elapsed", "years_to_target", "direction"}, out,
      reasons,
      [](double b, double c, double t, double e, double h, double d) {
        return growth_ratio(b, c, t, e, h, d).value;
      },
      [](double b, double c, double t, double e, double h, double d) {
        return growth_ratio(b, c, t, e, h, d).reason;
      });
}

}  // namespace plan6
