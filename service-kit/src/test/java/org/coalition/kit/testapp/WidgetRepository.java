package org.coalition.kit.testapp;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.paging.PageRequest;

@ApplicationScoped
public class WidgetRepository implements PanacheRepositoryBase<Widget, UUID> {

    public List<Widget> page(String tag, PageRequest page) {
        UUID after = page.afterId();
        String where = tag == null ? "1 = 1" : "tag = :tag";
        var params = new java.util.HashMap<String, Object>();
        if (tag != null) {
            params.put("tag", tag);
        }
        if (after != null) {
            where += " and id > :after";
            params.put("after", after);
        }
        return find(where + " order by id", params).page(0, page.fetchSize()).list();
    }
}
