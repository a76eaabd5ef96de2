package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The themes the network works on (eenzaamheid, armoede, wet- en regelgeving, ...). Everything in Netwerkplaats
 * is tagged with themes by id. Admins add, rename and retire them; a retired theme keeps its id so old items keep
 * their tags, but it is no longer offered for new ones.
 */
public interface ThemeCatalog {

    int MAX_NAME_LENGTH = 80;

    /** Themes that can be chosen now, sorted by Dutch name. */
    List<ThemeView> activeThemes();

    /** All themes, retired ones included, sorted by Dutch name. */
    List<ThemeView> allThemes();

    Optional<ThemeView> find(long themeId);

    /** @throws ThemeNameTakenException when another theme already has this Dutch name */
    ThemeView add(@NotBlank @Size(max = MAX_NAME_LENGTH) String nameNl, @Size(max = MAX_NAME_LENGTH) String nameEn);

    /** @throws ThemeNameTakenException when another theme already has this Dutch name */
    ThemeView rename(long themeId, @NotBlank @Size(max = MAX_NAME_LENGTH) String nameNl,
                     @Size(max = MAX_NAME_LENGTH) String nameEn);

    ThemeView retire(long themeId);

    ThemeView reinstate(long themeId);
}
