# Sourced by ./mvnw. The project needs a JDK of version 21 or newer.
# When JAVA_HOME is unset or names an older JDK, look for a newer one in the
# usual places (machines of this kind default to JDK 17 but carry Temurin 25).
rw_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
rw_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  rw_v=$(rw_java_major "$1")
  [ -n "$rw_v" ] && [ "$rw_v" -ge 21 ]
}
if [ -z "${JAVA_HOME-}" ] || ! rw_jdk_ok "$JAVA_HOME"; then
  rw_found=""
  set +f
  for rw_dir in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/temurin-21* /usr/lib/jvm/*-21-* /usr/lib/jvm/* /opt/java/openjdk; do
    if [ -d "$rw_dir" ] && rw_jdk_ok "$rw_dir"; then rw_found="$rw_dir"; break; fi
  done
  set -f
  if [ -n "$rw_found" ]; then
    JAVA_HOME="$rw_found"
    export JAVA_HOME
  else
    echo "Reflectiewerkplaats needs a JDK 21 or newer; set JAVA_HOME to one." >&2
  fi
fi
