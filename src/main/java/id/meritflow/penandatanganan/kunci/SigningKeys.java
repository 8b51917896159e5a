package id.meritflow.penandatanganan.kunci;

/** Port: the signing key of a signer role in an agency. */
public interface SigningKeys {

  /**
   * @throws KunciTidakTersediaException when no key is configured or it cannot be opened; thrown
   *     at signing time, so that one unconfigured role does not keep the application from starting
   */
  SigningKey forRole(String instansiId, String peran);
}
