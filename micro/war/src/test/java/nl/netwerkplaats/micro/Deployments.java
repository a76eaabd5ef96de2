package nl.netwerkplaats.micro;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The Micro WAR exactly as the build made it, so the tests exercise the artifact that ships. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive netwerkplaats() {
        File war = new File(System.getProperty("netwerkplaats.war", "target/netwerkplaats.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
