package nl.netwerkplaats.web.violation;

import jakarta.persistence.EntityManager;

/** Deliberately breaks a module rule: the web layer uses JPA. Only the rule test uses it. */
public class UsesJpaInWeb {

    public void touch(EntityManager em) {
        em.clear();
    }
}
