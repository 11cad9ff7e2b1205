package vn.laichau.sxd.thidua.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through its own ChromeDriver (no browser or driver is
 * downloaded), with a Vietnamese browser language, screenshots under {@code target/e2e/}.
 */
final class Browser implements AutoCloseable {

  private static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final String baseUrl;
  private final WebDriverWait wait;

  /** A browser whose first language is Vietnamese, as our users' are. */
  Browser(int port) {
    this(port, "vi");
  }

  /** A browser that asks for {@code language} first. */
  Browser(int port, String language) {
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
            "--window-size=1400,1000", "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
    this.driver = new ChromeDriver(service, options);
    this.baseUrl = "http://localhost:" + port;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Logs in on a Camunda webapp's login form. */
  void login(String app, String user) {
    open("/camunda/app/" + app + "/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    username.sendKeys(user);
    driver.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type='submit']")).click();
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Scrolls the element to the middle of the window, then clicks it as a person would. */
  void click(By by) {
    WebElement element = clickable(by);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    clickable(by).click();
  }

  /** Waits until the page shows the text somewhere. */
  void sees(String text) {
    try {
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    } catch (TimeoutException e) {
      screenshot("not-seen");
      throw new AssertionError("\"" + text + "\" is not on the page (target/e2e/not-seen.png):\n" + pageText(), e);
    }
  }

  /** Waits until no element matching {@code by} is shown. */
  void gone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  By text(String tag, String text) {
    return By.xpath("//" + tag + "[contains(normalize-space(.), \"" + text + "\")]");
  }

  /** The form-js input after the label that contains {@code label}. */
  WebElement field(String label) {
    return visible(By.xpath("//label[contains(normalize-space(.), \"" + label + "\")]/following::*[self::input[not(contains(@class,'hidden'))] or self::textarea][1]"));
  }

  /** Chooses an option of a form-js select, found by its label. */
  void choose(String label, String option) {
    visible(By.xpath("//label[contains(normalize-space(.), \"" + label + "\")]/following::*[contains(@class,'fjs-input-group')][1]")).click();
    clickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=\"" + option + "\"]")).click();
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void screenshot(String name) {
    try {
      Path file = Path.of("target", "e2e", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
