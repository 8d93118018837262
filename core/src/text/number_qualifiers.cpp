#include "plan6/text/number_qualifiers.hpp"

#include <array>

#include "plan6/common/characters.hpp"
#include "plan6/text/number_kind.hpp"

namespace plan6 {
namespace {

namespace mf = mention_flag;

bool starts_with(std::u32string_view s, std::size_t pos, std::u32string_view word) {
  return pos + word.size() <= s.size() && s.substr(pos, word.size()) == word;
}
bool ends_at(std::u32string_view s, std::size_t end, std::u32string_view word) {
  return end >= word.size() && s.substr(end - word.size(), word.size()) == word;
}

struct suffix_rule {
  std::u32string_view text;
  std::uint32_t flags;
};

constexpr std::array<suffix_rule, 24> suffixes = {{
    {U"余り", mf::approximate | mf::lower_bound},
    {U"あまり", mf::approximate | mf::lower_bound},
    {U"余", mf::approximate | mf::lower_bound},
    {U"を超える", mf::lower_bound | mf::threshold},
    {U"を超え", mf::lower_bound | mf::threshold},
    {U"を上回る", mf::lower_bound | mf::threshold},
    {U"を上回っ", mf::lower_bound | mf::threshold},
    {U"を下回る", mf::upper_bound | mf::threshold},
    {U"を下回っ", mf::upper_bound | mf::threshold},
    {U"上回", mf::increase},
    {U"下回", mf::decrease},
    {U"超", mf::lower_bound},
    {U"以上", mf::lower_bound},
    {U"以下", mf::upper_bound},
    {U"未満", mf::upper_bound},
    {U"強", mf::approximate | mf::lower_bound},
    {U"弱", mf::approximate | mf::upper_bound},
    {U"程度", mf::approximate},
    {U"前後", mf::approximate},
    {U"ほど", mf::approximate},
    {U"増", mf::increase},
    {U"追加", mf::increase},
    {U"減", mf::decrease},
    {U"ずつ", mf::each},
}};

// Qualifiers before the numeral that belong to the expression's span.
constexpr std::array<std::u32string_view, 6> approximate_prefixes = {
    U"およそ", U"おおむね", U"概ね", U"ほぼ", U"約", U"凡そ"};
constexpr std::array<std::u32string_view, 8> total_prefixes = {U"合計で", U"合計", U"総計", U"累計",
                                                               U"延べ",   U"計",   U"全",   U"延"};

}  // namespace

std::uint32_t suffix_word_flags(std::u32string_view s, std::size_t pos) noexcept {
  if (pos >= s.size()) return 0;
  for (const suffix_rule& rule : suffixes)  // the first code point first: most text starts none
    if (rule.text[0] == s[pos] && starts_with(s, pos, rule.text)) return rule.flags;
  return 0;
}

prefix_words read_prefix_words(std::u32string_view s, std::size_t before) noexcept {
  prefix_words out;
  for (const auto& prefix : approximate_prefixes)
    if (ends_at(s, before, prefix)) {
      out.flags |= mf::approximate;
      out.start = before - prefix.size();
      break;
    }
  for (const auto& prefix : total_prefixes)
    if (ends_at(s, before, prefix)) {
      out.flags |= mf::total;
      break;
    }
  if (before >= 1 && (s[before - 1] == U'各' ||
                      (before >= 2 && s[before - 2] == U'各' && is_kanji(s[before - 1]))))
    out.flags |= mf::each;
  return out;
}

}  // namespace plan6
