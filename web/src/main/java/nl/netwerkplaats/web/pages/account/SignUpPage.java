package nl.netwerkplaats.web.pages.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.PasswordTooWeakException;
import nl.netwerkplaats.network.api.SignUp;
import nl.netwerkplaats.network.api.UnknownMunicipalityException;
import nl.netwerkplaats.network.api.UnknownThemeException;
import nl.netwerkplaats.web.pages.Feedback;

/** The one sign-up point. The answer is the same whether or not the address is known, so it tells nobody who is a member. */
@Named
@ViewScoped
public class SignUpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient Feedback feedback;

    private String name;
    private String email;
    private String password;
    private NetworkRole networkRole;
    private String municipalityCode;
    private List<Long> themeIds = new ArrayList<>();
    private boolean done;

    public void signUp() {
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        try {
            accounts.signUp(new SignUp(name, email, password, networkRole, municipalityCode,
                    new HashSet<>(themeIds), "en".equals(language) ? "en" : "nl"));
            done = true;
        } catch (PasswordTooWeakException e) {
            feedback.fieldError("signup:password", "account.password.tooShort", Accounts.MIN_PASSWORD_LENGTH);
        } catch (UnknownMunicipalityException e) {
            feedback.fieldError("signup:municipality", "validation.municipality");
        } catch (UnknownThemeException e) {
            feedback.fieldError("signup:themes", "validation.theme");
        } finally {
            password = null;
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public NetworkRole getNetworkRole() {
        return networkRole;
    }

    public void setNetworkRole(NetworkRole networkRole) {
        this.networkRole = networkRole;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }
}
