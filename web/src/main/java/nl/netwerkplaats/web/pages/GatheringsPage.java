package nl.netwerkplaats.web.pages;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringSummary;
import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;

@Named
@RequestScoped
public class GatheringsPage {

    @Inject
    private GatheringCalendar calendar;

    private List<GatheringSummary> upcoming;

    @PostConstruct
    void load() {
        upcoming = calendar.upcoming(100);
    }

    public List<GatheringSummary> getUpcoming() {
        return upcoming;
    }

    public String municipalityName(String cbsCode) {
        return ReferenceData.get().municipality(cbsCode).map(Municipality::name).orElse("");
    }
}
