package nl.netwerkplaats.web.pages.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import nl.netwerkplaats.knowledge.api.KnowledgeCommunity;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/** A member chooses the themes whose new items come in the weekly digest e-mail. */
@Named
@RequestScoped
public class FollowPage {

    @Inject
    private KnowledgeCommunity community;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Feedback feedback;

    private List<Long> themeIds = new ArrayList<>();

    @PostConstruct
    void load() {
        if (!Faces.isPostback()) {
            themeIds = new ArrayList<>(community.followedThemes(currentUser.id()));
        }
    }

    public String save() {
        long me = currentUser.id();
        Set<Long> wanted = new LinkedHashSet<>(themeIds);
        for (Long had : community.followedThemes(me)) {
            if (!wanted.contains(had)) {
                community.unfollow(me, had);
            }
        }
        wanted.forEach(themeId -> community.follow(me, themeId));
        feedback.info("knowledge.follow.saved");
        feedback.keepForRedirect();
        return "/mijn/kennis-volgen.xhtml?faces-redirect=true";
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }
}
