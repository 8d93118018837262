#include "plan6/report/row_labels.hpp"

#include <algorithm>
#include <vector>

#include "plan6/report/normal_key.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

struct role_word {
  sv word;
  value_role role;
};

// Longer and more specific words first: the first match decides the role.
const std::vector<role_word>& role_words() {
  static const std::vector<role_word> words = {
      {U"と差異のある", value_role::changed_target},
      {U"差異のある", value_role::changed_target},
      {U"変更後の目標", value_role::changed_target},
      {U"変更後", value_role::changed_target},
      {U"修正後", value_role::changed_target},
      {U"見直し後", value_role::changed_target},
      {U"修正目標", value_role::changed_target},
      {U"達成率", value_role::rate},
      {U"進捗率", value_role::rate},
      {U"達成割合", value_role::rate},
      {U"計画策定時", value_role::baseline},
      {U"策定時", value_role::baseline},
      {U"基準値", value_role::baseline},
      {U"基準", value_role::baseline},
      {U"現状値", value_role::baseline},
      {U"現状", value_role::baseline},
      {U"当初値", value_role::baseline},
      {U"実績見込", value_role::value},  // a forecast: neither a target nor a result
      {U"見込", value_role::value},
      {U"見通し", value_role::value},
      {U"事業目標", value_role::target},
      {U"目標値", value_role::target},
      {U"目標", value_role::target},
      {U"計画値", value_role::target},
      {U"計画", value_role::target},
      {U"予定", value_role::target},
      {U"実績値", value_role::actual},
      {U"実績", value_role::actual},
      {U"実施結果", value_role::actual},
      {U"実施状況", value_role::actual},
      {U"結果", value_role::actual},
      {U"達成値", value_role::actual},
  };
  return words;
}

// Drops brackets left empty and the particles and marks around taken-out words.
std::u32string tidy(std::u32string s) {
  for (const sv empty : {sv(U"()"), sv(U"（）"), sv(U"[]"), sv(U"【】")}) {
    std::size_t at;
    while ((at = s.find(empty)) != std::u32string::npos)
      s.erase(at, empty.size());
  }
  auto is_edge = [](char32_t c) {
    return c == U'の' || c == U'・' || c == U':' || c == U'：' || c == U'■' || c == U'●' ||
           c == U'○' || c == U'◆' || c == U'(' || c == U')';
  };
  while (!s.empty() && is_edge(s.back()))
    s.pop_back();
  while (!s.empty() && is_edge(s.front()))
    s.erase(s.begin());
  return s;
}

}  // namespace

std::string_view value_role_name(value_role role) noexcept {
  switch (role) {
    case value_role::actual:
      return "actual";
    case value_role::target:
      return "target";
    case value_role::changed_target:
      return "changed_target";
    case value_role::baseline:
      return "baseline";
    case value_role::rate:
      return "rate";
    case value_role::value:
      return "value";
  }
  return "value";
}

row_label read_row_label(sv label) {
  row_label out;
  std::u32string key = normal_key(label);
  for (const role_word& w : role_words()) {
    const std::size_t at = key.find(w.word);
    if (at == std::u32string::npos) continue;
    // 計画 is a target only as a label's last word or before 値 (年間計画, 計画値), not inside
    // a compound noun (施策計画名, 計画事業).
    if (w.word == U"計画" && at + 2 < key.size() && key[at + 2] != U'(' && key[at + 2] != U'（')
      continue;
    out.role = w.role;
    out.has_role = true;
    // "…と差異のある事業目標": the whole phrase from the start of the role words to the end.
    std::size_t end = at + w.word.size();
    for (const sv tail : {sv(U"事業目標"), sv(U"目標値"), sv(U"目標"), sv(U"値")})
      if (sv(key).substr(end, tail.size()) == tail) {
        end += tail.size();
        break;
      }
    std::size_t begin = at;
    if (w.role == value_role::changed_target) {
      // The thing the target differs from (計画策定時と差異のある) is part of the role words.
      for (const sv head : {sv(U"計画策定時と"), sv(U"策定時と"), sv(U"当初と"), sv(U"計画と"),
                            sv(U"計画策定時"), sv(U"策定時"), sv(U"当初"), sv(U"計画")})
        if (begin >= head.size() && sv(key).substr(begin - head.size(), head.size()) == head) {
          begin -= head.size();
          break;
        }
    }
    key.erase(begin, end - begin);
    break;
  }
  out.rest = tidy(std::move(key));
  return out;
}

}  // namespace plan6
