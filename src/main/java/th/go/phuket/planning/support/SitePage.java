package th.go.phuket.planning.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose pages use the site's layout ({@code templates/fragments/layout.html}): the site header
 * (the engine's date, the links between the pages) is put into their model by {@code dashboard/web/SiteHeader}.
 * An annotation rather than a list of controllers, so a page of any feature gets the header without the dashboard
 * knowing it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SitePage {
}
