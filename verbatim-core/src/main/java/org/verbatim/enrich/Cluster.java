package org.verbatim.enrich;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.EntityType;
import org.verbatim.model.Mention;

/**
 * One referent of a text under construction: a person, organisation or place with its mentions. Mutable, but
 * confined to one annotate call (never shared between threads).
 */
final class Cluster {
    final int id;
    String name;
    String title;
    EntityType type;
    /** 'm', 'f', 'p' (plural / organisation) or 0 when unknown. */
    char gender;
    /** Name mentions (entities). */
    final List<Mention> names = new ArrayList<>();
    /** Every mention: names, descriptions, pronouns. */
    final List<Mention> all = new ArrayList<>();

    Cluster(int id, String name, String title, EntityType type) {
        this.id = id;
        this.name = name;
        this.title = title;
        this.type = type;
    }

    String lastToken() {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }
}
