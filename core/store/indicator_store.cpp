#include "core/store/indicator_store.h"

#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

IndicatorStore::IndicatorStore(PlanStore& store) : m_store(store) {}

std::vector<Indicator> IndicatorStore::List() {
    std::vector<Indicator> out;
    Statement st(m_store.Db(), "SELECT i.id, i.theme_id, i.name, i.unit, i.source FROM indicator i "
                               "LEFT JOIN theme t ON t.id = i.theme_id ORDER BY COALESCE(t.position, -1), i.name, i.id");
    while (st.Step()) out.push_back({st.Int(0), st.Int(1), st.Text(2), st.Text(3), st.Text(4), {}});
    Statement v(m_store.Db(), "SELECT year, value FROM indicator_value WHERE indicator_id = ? ORDER BY year");
    for (Indicator& i : out) {
        v.Reset();
        v.Bind(1, i.id);
        while (v.Step()) i.values.emplace_back(static_cast<int>(v.Int(0)), v.Double(1));
    }
    return out;
}

void IndicatorStore::SetValue(int64_t theme_id, const std::string& name, int year, double value, const std::string& unit) {
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement ind(db, "INSERT INTO indicator(theme_id, name, unit) VALUES(?, ?, ?) "
                      "ON CONFLICT(theme_id, name) DO UPDATE SET unit = CASE WHEN excluded.unit <> '' THEN excluded.unit ELSE unit END");
    ind.Bind(1, theme_id).Bind(2, name).Bind(3, unit);
    ind.Exec();
    Statement id(db, "SELECT id FROM indicator WHERE theme_id = ? AND name = ?");
    id.Bind(1, theme_id).Bind(2, name);
    id.Step();
    Statement val(db, "INSERT INTO indicator_value(indicator_id, year, value) VALUES(?, ?, ?) "
                      "ON CONFLICT(indicator_id, year) DO UPDATE SET value = excluded.value");
    val.Bind(1, id.Int(0)).Bind(2, year).Bind(3, value);
    val.Exec();
    tx.Commit();
}

void IndicatorStore::DeleteIndicator(int64_t id) {
    Statement st(m_store.Db(), "DELETE FROM indicator WHERE id = ?");
    st.Bind(1, id);
    st.Exec();
}

void IndicatorStore::DeleteValue(int64_t indicator_id, int year) {
    Statement st(m_store.Db(), "DELETE FROM indicator_value WHERE indicator_id = ? AND year = ?");
    st.Bind(1, indicator_id).Bind(2, year);
    st.Exec();
}

} // namespace hd
